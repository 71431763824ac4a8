/**
 * The search page's only script: a small custom element over Pagefind's JavaScript API. It is bundled
 * for /<locale>/search/ alone, so article pages carry no search code. Every label comes from the page
 * (the translation files); every piece of result text is inserted as text, never as HTML.
 */
import { isSearchable, maxQueryLength, queryWords } from './query';
import { planQuery, shownString, type QueryPlan } from './plan';
import { relaxedSearch, sumCounts, type RelaxedResult } from './relax';
import { chunkKey, type WordSource } from './lexicon';
import { localeScript, scriptOf } from './fold';
import { cyrillicGuess, latinGuesses } from './transliterate';
import type { Locale } from '../../i18n/locales';
import { isSectionOf, toSitePath } from './result-links';
import { stripInvisibleCharacters } from '../format/invisible-characters';
import { takeGraphemes, truncateAtWord } from '../format/truncate';
import { searchFilterKeys } from './data';
import { activeFacetKeys, buildFacetGroups, toPagefindFilters, type FacetCounts } from './facets';
import { findExcerptCuts } from './excerpt';
import type { SearchConfig } from './strings';
import { entryPreloadAttribute, entryTagOf } from './preloads';

type Config = SearchConfig;
interface PagefindData {
  url: string;
  excerpt: string;
  plain_excerpt: string;
  content: string;
  meta: { title?: string; type?: string; date?: string; lang?: string };
  sub_results?: { title: string; url: string; excerpt: string }[];
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  filters(): Promise<FacetCounts>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindHit[]; filters: FacetCounts } | null>;
}
interface PagefindApi extends PagefindSearch {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundle: string, o: Record<string, unknown>): Promise<void>;
}
/** One bundle's results within the merged Pagefind instance: the filter that selects them. */
interface Bundle {
  api: PagefindSearch;
  filter: Record<string, string>;
}
/** A result waiting to be shown: the words it lacks (shown forms), and its language if it is not the reader's. */
interface PendingResult {
  hit: PagefindHit;
  missing: string[];
  other: boolean;
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
  private loadingOther: Promise<Bundle | undefined> | undefined;
  private chunks = new Map<string, Promise<readonly string[] | null>>();
  /** Set by "Search instead for …": search the words exactly as typed. */
  private exact = false;
  private notes!: HTMLElement;
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
  private pending: PendingResult[] = [];
  /** Searches the untranslated bundle when the reader reaches the end of the local results. */
  private later: (() => Promise<void>) | undefined;
  private runId = 0;
  private timer: number | undefined;

  connectedCallback() {
    this.config = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Config;
    this.plural = new Intl.PluralRules(this.config.intl);
    const form = this.querySelector('form')!;
    this.input = form.querySelector('input[type="search"]')!;
    this.status = this.querySelector('[role="status"]')!;
    this.notes = this.querySelector('.search-notes')!;
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
    this.exact = params.get('exact') === '1';
    // Filters chosen through a deep link are shown open, so the reader sees why results are narrowed.
    if (this.selected.size) this.panel.open = true;

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run();
    });
    this.input.addEventListener('input', () => {
      this.exact = false;
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
    // Pagefind starts loading at once, while the reader types (its files are already on their way: see load()).
    void this.load().catch(() => (this.loading = undefined));
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
      // The page's head preloads Pagefind's files (src/lib/search/preloads.ts): its entry file under this
      // cache tag, so that Pagefind's request is the preloaded one. On the main thread, not in a worker,
      // because only the page's own requests can use what the page preloaded.
      const metaCacheTag = entryTagOf(document.querySelector(`link[${entryPreloadAttribute}]`)?.getAttribute('href'));
      await api.options({
        baseUrl: this.config.base,
        ranking: this.config.ranking,
        noWorker: true,
        ...(metaCacheTag ? { metaCacheTag } : {}),
        // With a bundle of untranslated documents merged in, each bundle's results carry a filter of their own.
        ...(this.config.untranslatedBundle ? { mergeFilter: { bundle: 'local' } } : {}),
      });
      await api.init();
      // Loads the filter index: without it, searches report no counts per filter value.
      await api.filters();
      return api;
    })();
    return this.loading;
  }

  /** The language's own results. */
  private localBundle(api: PagefindApi): Bundle {
    return { api, filter: this.config.untranslatedBundle ? { bundle: 'local' } : {} };
  }

  /**
   * The documents not yet translated into this language, merged into the same Pagefind instance (one
   * runtime, one WebAssembly download) from their own bundle, after the first local results.
   */
  private async loadOther(api: PagefindApi): Promise<Bundle | undefined> {
    const bundle = this.config.untranslatedBundle;
    if (!bundle) return undefined;
    this.loadingOther ??= (async () => {
      try {
        await api.mergeIndex(bundle, { baseUrl: this.config.base, ranking: this.config.ranking, mergeFilter: { bundle: 'untranslated' } });
        return { api, filter: { bundle: 'untranslated' } };
      } catch {
        // The local results stand on their own; the untranslated ones are an addition.
        return undefined;
      }
    })();
    return this.loadingOther;
  }

  /** One vocabulary chunk: its words, [] when no indexed word starts with that letter, null if it failed to load. */
  private chunk(key: string): Promise<readonly string[] | null> {
    let words = this.chunks.get(key);
    if (!words) {
      const file = this.config.lexicon.files[key];
      words = !file
        ? Promise.resolve([])
        : fetch(this.config.lexicon.base + file)
            .then(async (response) => {
              if (!response.ok) throw new Error(String(response.status));
              const bytes = new Uint8Array(await response.arrayBuffer());
              // Gzip, unless a server already unpacked it on the way.
              if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
              return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
            })
            .then((text) => text.split('\n'))
            .catch(() => {
              this.chunks.delete(key);
              return null;
            });
      this.chunks.set(key, words);
    }
    return words;
  }

  /**
   * The vocabulary for one query: the chunks of its words' first letters (and of their transliteration
   * when typed in the other script). Undefined when a chunk cannot be loaded or the browser cannot
   * decompress it: the words are then searched as typed, as Pagefind alone would.
   */
  private async wordSource(raw: string): Promise<WordSource | undefined> {
    if (typeof DecompressionStream === 'undefined' || !Object.keys(this.config.lexicon.files).length) return undefined;
    const locale = this.config.locale as Locale;
    const keys = new Set<string>();
    for (const word of queryWords(raw, locale)) {
      for (const part of word.search.split('-')) keys.add(chunkKey(part));
      const script = scriptOf(word.typed);
      if (script === 'cyrillic' && localeScript(locale) === 'latin') for (const guess of latinGuesses(word.typed)) keys.add(chunkKey(guess));
      if (script === 'latin' && (locale === 'uk' || locale === 'bg')) keys.add(chunkKey(cyrillicGuess(word.typed, locale)));
    }
    const loaded = new Map(await Promise.all([...keys].map(async (key) => [key, await this.chunk(key)] as const)));
    if ([...loaded.values()].some((words) => words === null)) return undefined;
    return { chunk: (key) => loaded.get(key) ?? undefined };
  }

  private updateUrl(query: string) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [key, values] of this.selected) for (const v of values) params.append(key, v);
    if (this.sortSelect.value === 'newest') params.set('sort', 'newest');
    if (this.exact) params.set('exact', '1');
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
    this.notes.replaceChildren();
    this.pending = [];
    this.later = undefined;
    this.moreButton.hidden = true;
    this.suggestions.hidden = true;
    if (!raw) {
      this.panel.hidden = true;
      return this.finish(this.config.strings.empty);
    }
    if (!isSearchable(raw)) {
      this.panel.hidden = true;
      return this.finish(this.config.strings.unsearchable);
    }
    this.say(this.config.strings.loading);
    let api: PagefindApi;
    let source: WordSource | undefined;
    try {
      // The index and the vocabulary load side by side; neither waits for the other.
      [api, source] = await Promise.all([this.load(), this.exact ? undefined : this.wordSource(raw)]);
    } catch {
      this.loading = undefined;
      return this.finish(this.config.strings.loadError, 'error');
    }
    if (id !== this.runId) return;
    const plan = planQuery(raw, this.config.locale as Locale, { words: source, aliases: this.config.aliases, exact: this.exact });
    const words = plan.words.map((w) => w.search);
    const sort = this.sortSelect.value === 'newest' ? { sort: { date: 'desc' } } : {};
    const searchWith = (bundle: Bundle, without?: string) => (kept: readonly string[]) =>
      bundle.api.search(kept.join(' '), { filters: { ...toPagefindFilters(this.selected, without), ...bundle.filter }, ...sort });
    const relax = (bundle: Bundle | undefined, without?: string) =>
      bundle && words.length ? relaxedSearch(words, searchWith(bundle, without), { byScore: !sort.sort }) : Promise.resolve(undefined);
    /** Filter counts of a bundle's results; options of a checked group are counted without that group's filter. */
    const countsOf = async (bundle: Bundle | undefined, result: RelaxedResult<PagefindHit> | undefined) => {
      const counts: FacetCounts = { ...result?.filters };
      for (const key of activeFacetKeys(this.selected)) counts[key] = (await relax(bundle, key))?.filters[key];
      return counts;
    };
    const shownWords = (missing: number[]) => missing.map((i) => plan.words[i]!.shown);
    const toPending = (result: RelaxedResult<PagefindHit> | undefined, other: boolean): PendingResult[] =>
      (result?.hits ?? []).map((h) => ({ hit: h.hit, missing: shownWords(h.missing), other }));
    const query = truncateAtWord(plan.changed ? shownString(plan.words) : raw, 81);
    const announce = (count: number) => {
      const template = this.config.strings.results[this.plural.select(count)] ?? this.config.strings.results.other ?? '';
      this.say(fill(template, { count: count.toLocaleString(this.config.intl), query }));
    };
    const localBundle = this.localBundle(api);
    // The pages with every word go on screen as soon as they are found, as before relaxation existed;
    // the relaxed results follow them.
    let shownEarly = false;
    const showComplete = async (complete: RelaxedResult<PagefindHit>) => {
      if (!complete.hits.length || id !== this.runId) return;
      shownEarly = true;
      this.renderFilters(complete.filters);
      this.renderNotes(plan, raw, false);
      announce(complete.hits.length);
      this.pending = toPending(complete, false);
      await this.showMore(id);
    };
    const local = words.length ? await relaxedSearch(words, searchWith(localBundle), { byScore: !sort.sort, onComplete: showComplete }) : undefined;
    const localCounts = await countsOf(localBundle, local);
    if (id !== this.runId) return;
    const localCount = local?.hits.length ?? 0;
    if (localCount) {
      this.renderFilters(localCounts);
      this.renderNotes(plan, raw, !local?.complete);
      announce(localCount);
      if (shownEarly) this.pending.push(...toPending(local, false).slice(local!.complete));
      else this.pending = toPending(local, false);
    }
    /**
     * Documents not yet translated come from their own bundle, after the local results. It is searched
     * once the reader reaches the end of the local results (at once when they fill less than a page),
     * so a query with many local results never downloads it.
     */
    const appendOther = async () => {
      this.later = undefined;
      const other = await this.loadOther(api);
      const result = await relax(other);
      const counts = await countsOf(other, result);
      if (id !== this.runId) return;
      const extra = toPending(result, true);
      if (!extra.length) return;
      this.renderFilters(sumCounts(localCounts, counts));
      this.renderNotes(plan, raw, !local?.complete && !result?.complete);
      announce(localCount + extra.length);
      this.pending.push(...extra);
    };
    if (this.config.untranslatedBundle && localCount >= pageSize) this.later = appendOther;
    else if (this.config.untranslatedBundle) await appendOther();
    if (id !== this.runId) return;
    if (!this.pending.length && !this.list.childElementCount) {
      this.renderFilters(localCounts);
      this.renderNotes(plan, raw, false);
      return this.finish(fill(this.config.strings.noResults, { query: truncateAtWord(raw, 81) }));
    }
    // Fill the first page: the complete matches may be on screen already.
    if (this.list.childElementCount < pageSize) await this.showMore(id, pageSize - this.list.childElementCount);
    else this.moreButton.hidden = this.pending.length === 0 && !this.later;
    if (id === this.runId) this.setState('ready');
  }

  /** What the page changed or left out: "Showing results for …" with the query as typed, unknown words, partial matches. */
  private renderNotes(plan: QueryPlan, raw: string, partial: boolean) {
    const { strings } = this.config;
    const quote = (text: string) => fill(strings.quoted, { text });
    const notes: HTMLElement[] = [];
    if (plan.changed) {
      const p = document.createElement('p');
      p.className = 'search-corrected';
      p.append(fill(strings.showingFor, { query: truncateAtWord(shownString(plan.words), 81) }), ' ');
      const instead = document.createElement('a');
      const params = new URLSearchParams(location.search);
      params.set('q', raw);
      params.set('exact', '1');
      instead.href = `?${params.toString()}`;
      instead.textContent = fill(strings.searchInstead, { query: truncateAtWord(raw, 81) });
      instead.addEventListener('click', (e) => {
        e.preventDefault();
        this.exact = true;
        void this.run();
      });
      p.append(instead);
      notes.push(p);
    }
    if (plan.unknown.length) {
      const p = document.createElement('p');
      p.className = 'search-unknown';
      const template = strings.unknown[this.plural.select(plan.unknown.length)] ?? strings.unknown.other ?? '';
      p.textContent = fill(template, { words: plan.unknown.map(quote).join(', ') });
      notes.push(p);
    }
    if (partial) {
      const p = document.createElement('p');
      p.className = 'search-partial';
      p.textContent = strings.partial;
      notes.push(p);
    }
    this.notes.replaceChildren(...notes);
  }

  private async showMore(id = this.runId, count = pageSize) {
    if (this.pending.length < count && this.later) await this.later();
    if (id !== this.runId) return;
    const batch = this.pending.splice(0, count);
    // A batch goes on screen at once: a second batch started meanwhile (the complete matches, then the
    // rest of the first page) counts the list's items, so they must be there.
    const data = await Promise.all(batch.map((r) => r.hit.data()));
    if (id !== this.runId) return;
    data.forEach((result, i) => {
      const item = this.renderResult(result, batch[i]!);
      if (item) this.list.append(item);
    });
    this.moreButton.hidden = this.pending.length === 0 && !this.later;
  }

  /** A result whose URL is not a path of this site is left out: the index may only link to the site itself. */
  private renderResult(result: PagefindData, { missing, other }: PendingResult): HTMLLIElement | undefined {
    const href = toSitePath(result.url, this.config.base);
    if (!href) return undefined;
    const li = document.createElement('li');
    // A document not yet translated: its title and excerpt are in the original's language.
    const originalLang = other ? (result.meta.lang as Locale | undefined) : undefined;
    if (originalLang) li.lang = originalLang;
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
    if (originalLang) {
      // The page's chrome (type, date, this mark) is in the reader's language.
      meta.lang = this.config.locale;
      const mark = document.createElement('span');
      mark.className = 'result-language';
      mark.textContent = this.config.strings.onlyIn[originalLang] ?? originalLang;
      meta.append(' ', mark);
    }
    const excerpt = document.createElement('p');
    appendExcerpt(excerpt, result);
    li.append(heading, meta, excerpt);
    if (missing.length) {
      const line = document.createElement('p');
      line.className = 'result-missing';
      line.lang = this.config.locale;
      const template = this.config.strings.missing[this.plural.select(missing.length)] ?? this.config.strings.missing.other ?? '';
      const [before = '', after = ''] = template.split('{{words}}');
      line.append(before);
      missing.forEach((word, i) => {
        if (i) line.append(', ');
        const s = document.createElement('s');
        s.textContent = word;
        line.append(s);
      });
      line.append(after);
      li.append(line);
    }
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
