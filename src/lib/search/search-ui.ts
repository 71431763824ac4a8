/**
 * The search page's only script: a small custom element over Pagefind's JavaScript API. It is bundled
 * for /<locale>/search/ alone, so article pages carry no search code. Every label comes from the page
 * (the translation files); every piece of result text is inserted as text, never as HTML.
 */
import { normalizeQuery, isSearchable, maxQueryLength } from './query';
import { isSectionOf, toSitePath } from './result-links';
import { stripInvisibleCharacters } from '../format/invisible-characters';
import { takeGraphemes, truncateAtWord } from '../format/truncate';
import { searchFilterKeys } from './data';
import { activeFacetKeys, buildFacetGroups, toPagefindFilters, type FacetCounts } from './facets';
import { findExcerptCuts } from './excerpt';
import type { SearchConfig } from './strings';

type Config = SearchConfig;
interface PagefindData {
  url: string;
  excerpt: string;
  plain_excerpt: string;
  content: string;
  meta: { title?: string; type?: string; date?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FacetCounts>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindData> }[]; filters: FacetCounts } | null>;
}

const pageSize = 10;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** Appends Pagefind's excerpt keeping only its <mark> highlights; everything else becomes text. */
function appendExcerpt(target: HTMLElement, result: PagefindData) {
  const html = result.excerpt;
  const cuts = findExcerptCuts(result.content ?? '', result.plain_excerpt ?? '');
  if (cuts.start) target.append('…');
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  for (const node of Array.from(parsed?.childNodes ?? [])) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
  if (cuts.end) target.append('…');
}

class ItbSearch extends HTMLElement {
  private config!: Config;
  private loading: Promise<PagefindApi> | undefined;
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private moreButton!: HTMLButtonElement;
  private filterBox!: HTMLElement;
  private panel!: HTMLDetailsElement;
  private suggestions!: HTMLElement;
  private sortSelect!: HTMLSelectElement;
  private plural!: Intl.PluralRules;
  private selected = new Map<string, Set<string>>();
  private pending: { data(): Promise<PagefindData> }[] = [];
  private runId = 0;
  private timer: number | undefined;

  connectedCallback() {
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Config;
    this.plural = new Intl.PluralRules(this.config.intl);
    const form = this.querySelector('form')!;
    this.input = form.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.list = this.querySelector('ol.search-results')!;
    this.moreButton = this.querySelector('button.search-more')!;
    this.filterBox = this.querySelector('.search-filters')!;
    this.panel = this.querySelector('details.search-filter-panel')!;
    this.suggestions = this.querySelector('.search-suggestions')!;
    // Beside the results on wide screens the filters are always open; on phones a closed panel keeps
    // the first result near the top.
    const wide = matchMedia('(min-width: 60rem)');
    const openWhenWide = () => {
      if (wide.matches) this.panel.open = true;
    };
    wide.addEventListener('change', openWhenWide);
    openWhenWide();
    this.panel.querySelector('summary')!.addEventListener('click', (e) => {
      if (wide.matches) e.preventDefault();
    });
    this.sortSelect = this.querySelector('select[name="sort"]')!;

    const params = new URLSearchParams(location.search);
    this.input.value = takeGraphemes(params.get('q') ?? '', maxQueryLength);
    for (const key of searchFilterKeys) {
      const values = params.getAll(key);
      if (values.length) this.selected.set(key, new Set(values));
    }
    if (params.get('sort') === 'newest') this.sortSelect.value = 'newest';
    // Filters chosen through a deep link are shown open, so the reader sees why results are narrowed.
    if (this.selected.size) this.panel.open = true;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), 250);
    });
    this.sortSelect.addEventListener('change', () => void this.run());
    this.moreButton.addEventListener('click', () => void this.showMore());
    // "/" and Ctrl+K (⌘K) focus the search field, as on most sites with search.
    document.addEventListener('keydown', (e) => {
      const shortcut = (e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !(e.target instanceof HTMLInputElement));
      if (shortcut && document.activeElement !== this.input) {
        e.preventDefault();
        this.input.focus();
      }
    });
    if (this.input.value.trim()) void this.run();
    else {
      this.finish(this.config.strings.empty);
      // A reader who opened search without a query came to type one.
      this.input.focus();
    }
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  /** Ends a run that has no results to show: the message, and the suggested guides and topics. */
  private finish(message: string, state: 'ready' | 'error' = 'ready') {
    this.say(message);
    this.suggestions.hidden = false;
    this.setState(state);
  }

  private async load(): Promise<PagefindApi> {
    this.loading ??= (async () => {
      const api = (await import(/* @vite-ignore */ `${this.config.bundle}pagefind.js`)) as PagefindApi;
      await api.options({ baseUrl: this.config.base, ranking: this.config.ranking });
      await api.init();
      // Loads the filter index: without it, searches report no counts per filter value.
      await api.filters();
      return api;
    })();
    return this.loading;
  }

  private updateUrl(query: string) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [key, values] of this.selected) for (const v of values) params.append(key, v);
    if (this.sortSelect.value === 'newest') params.set('sort', 'newest');
    const search = params.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  /** `busy` while a search runs, `ready` once its status and first results are on the page, `error`. */
  private setState(state: 'busy' | 'ready' | 'error') {
    this.setAttribute('data-state', state);
  }

  private async run() {
    const id = ++this.runId;
    this.setState('busy');
    // Without invisible characters, so a direction override cannot reverse the status sentence around it.
    const raw = takeGraphemes(stripInvisibleCharacters(this.input.value).trim(), maxQueryLength);
    this.updateUrl(raw);
    this.list.replaceChildren();
    this.moreButton.hidden = true;
    this.suggestions.hidden = true;
    if (!raw) {
      this.panel.hidden = true;
      return this.finish(this.config.strings.empty);
    }
    const query = normalizeQuery(raw, this.config.locale);
    if (!isSearchable(query)) {
      this.panel.hidden = true;
      return this.finish(this.config.strings.unsearchable);
    }
    this.say(this.config.strings.loading);
    let api: PagefindApi;
    try {
      api = await this.load();
    } catch {
      this.loading = undefined;
      return this.finish(this.config.strings.loadError, 'error');
    }
    const sort = this.sortSelect.value === 'newest' ? { date: 'desc' } : undefined;
    const found = await api.search(query, { filters: toPagefindFilters(this.selected), ...(sort ? { sort } : {}) });
    // Options of a group with a checked value are counted without that group's own filter.
    const counts: FacetCounts = { ...found?.filters };
    for (const key of activeFacetKeys(this.selected)) counts[key] = (await api.search(query, { filters: toPagefindFilters(this.selected, key) }))?.filters[key];
    if (!found || id !== this.runId) return;
    this.renderFilters(counts);
    const shown = truncateAtWord(raw, 81);
    const count = found.results.length;
    const template = this.config.strings.results[this.plural.select(count)] ?? this.config.strings.results.other ?? '';
    if (!count) return this.finish(fill(this.config.strings.noResults, { query: shown }));
    this.say(fill(template, { count: count.toLocaleString(this.config.intl), query: shown }));
    this.pending = found.results;
    await this.showMore(id);
    if (id === this.runId) this.setState('ready');
  }

  private async showMore(id = this.runId) {
    const batch = this.pending.splice(0, pageSize);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (id !== this.runId) return;
    for (const result of data) {
      const item = this.renderResult(result);
      if (item) this.list.append(item);
    }
    this.moreButton.hidden = this.pending.length === 0;
  }

  /** A result whose URL is not a path of this site is left out: the index may only link to the site itself. */
  private renderResult(result: PagefindData): HTMLLIElement | undefined {
    const href = toSitePath(result.url, this.config.base);
    if (!href) return undefined;
    const li = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'card-meta';
    const type = document.createElement('span');
    type.className = 'result-type';
    type.textContent = result.meta.type ?? '';
    meta.append(type);
    if (result.meta.date) meta.append(' ', result.meta.date);
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, result);
    li.append(heading, meta, excerpt);
    const sections = (result.sub_results ?? [])
      .flatMap((s) => {
        const path = toSitePath(s.url, this.config.base);
        return path && isSectionOf(path, href) ? [{ title: s.title, path }] : [];
      })
      .slice(0, 3);
    if (sections.length) {
      const ul = document.createElement('ul');
      for (const s of sections) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = s.path;
        a.textContent = fill(this.config.strings.section, { title: s.title });
        item.append(a);
        ul.append(item);
      }
      li.append(ul);
    }
    return li;
  }

  /** Redraws the filters with their counts, keeping keyboard focus on the option the reader is on. */
  private renderFilters(counts: FacetCounts) {
    const active = document.activeElement;
    const focused = active instanceof HTMLInputElement && this.filterBox.contains(active) ? `${active.name}=${active.value}` : undefined;
    const groups = buildFacetGroups(searchFilterKeys, counts, this.selected, this.config.intl);
    const fieldsets = groups.map(({ key, options }) => {
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = this.config.strings.filterNames[key as keyof Config['strings']['filterNames']] ?? key;
      fieldset.append(legend);
      for (const { value, checked, countText } of options) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = checked;
        box.addEventListener('change', () => {
          const set = this.selected.get(key) ?? new Set<string>();
          if (box.checked) set.add(value);
          else set.delete(value);
          this.selected.set(key, set);
          void this.run();
        });
        const count = document.createElement('span');
        count.className = 'facet-count';
        count.textContent = countText;
        const name = document.createElement('span');
        name.textContent = value;
        label.append(box, ' ', name, ' ', count);
        fieldset.append(label);
      }
      return fieldset;
    });
    const parts: HTMLElement[] = [...fieldsets];
    if (activeFacetKeys(this.selected).length) {
      const clear = document.createElement('button');
      clear.type = 'button';
      clear.className = 'search-clear';
      clear.textContent = this.config.strings.clearFilters;
      clear.addEventListener('click', () => {
        this.selected.clear();
        void this.run();
      });
      parts.unshift(clear);
    }
    const hadFocus = focused !== undefined || this.filterBox.contains(active);
    this.filterBox.replaceChildren(...parts);
    this.panel.hidden = groups.length === 0;
    if (hadFocus) {
      const again = Array.from(this.filterBox.querySelectorAll('input')).find((box) => `${box.name}=${box.value}` === focused);
      (again ?? this.panel.querySelector('summary'))?.focus();
    }
  }
}

customElements.define('itb-search', ItbSearch);
