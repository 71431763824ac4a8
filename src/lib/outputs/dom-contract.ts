/**
 * The names templates write into the built HTML and that everything reading the HTML back relies on:
 * the sitemap filter, Pagefind, the site gate over dist/ and the end-to-end tests. The fallback
 * decision is made once, in the translation map; these marks are how a built page carries it. A
 * template and a check that both take the name from here cannot drift apart, and a check that expects
 * a mark reports the page that lacks it, so a rename in one place only breaks the gate instead of
 * quietly turning a rule off.
 *
 * The stylesheets in `src/styles/` cannot import this module; it styles the classes below by name, and
 * `tests/unit/outputs/dom-contract.test.ts` fails if it stops doing so.
 */

/** Data attributes, written without a value (`<aside data-fallback-notice>`). */
export const attributes = {
  /** On the notice of a fallback page, which shows the original because no translation exists. */
  fallbackNotice: 'data-fallback-notice',
  /** On the notice of a real translation whose original changed after it was translated. */
  staleNotice: 'data-stale-notice',
  /** On the "Draft — not published" banner, which only the editors' preview (npm run dev) shows: never in a built page. */
  draftBanner: 'data-draft-banner',
  /** On the link from a notice to the original: the one in-text link allowed to change language. */
  originalLink: 'data-original-link',
  /** Pagefind indexes only elements with this mark: real articles, never fallback pages or listings. */
  searchBody: 'data-pagefind-body',
  /**
   * On a fallback page's article instead of `searchBody`: the build indexes these pages into a separate
   * bundle (pagefind-untranslated/), which the reader's search shows after the local results, marked
   * with the original's language; they never enter the language's own index.
   */
  untranslatedSearchBody: 'data-search-untranslated',
  /**
   * Chrome inside a search body that Pagefind leaves out of the index and the excerpts: dates, reading
   * time, the facts list, the partner badge, the contents, the back-to-top link, a partner card's meta
   * line, a chart's "data table" label, the editing links. What a reader searches for in them (a partner's place, the
   * topics) is kept as searchable metadata instead (lib/search/ranking.ts, `findableMetaKeys`).
   */
  searchIgnore: 'data-pagefind-ignore',
  /** Pagefind filter, sort and metadata marks (see `searchMark`). */
  searchFilter: 'data-pagefind-filter',
  searchSort: 'data-pagefind-sort',
  searchMeta: 'data-pagefind-meta',
  /** Where the search marks keep their value, so nothing visible is needed. */
  searchValue: 'data-value',
  /** How much the words of a region count in ranking and where excerpts are chosen (see `searchWeight`). */
  searchWeight: 'data-pagefind-weight',
} as const;

/** Classes that checks select by; the rest of the CSS classes are styling only. */
export const classes = {
  /** The `<nav>` of the language switcher: one link per locale. */
  languageSwitcher: 'lang-switcher',
  /** The first link of every localized page, to `#main`. */
  skipLink: 'skip-link',
  /**
   * The list of editing links after an article ("Edit this page", "Translate this page"), only while
   * src/settings.ts names the repository; it carries `searchIgnore` and print.css hides it.
   */
  editLinks: 'edit-links',
} as const;

/** `<meta name>` values that outputs read. */
export const metaNames = {
  robots: 'robots',
} as const;

/** The robots directive that keeps a page (every fallback page, the 404s, search) out of indexes. */
export const noindexDirective = 'noindex';

/** Selects elements carrying a data attribute. @example attributeSelector(attributes.originalLink, 'a') // 'a[data-original-link]' */
export function attributeSelector(name: (typeof attributes)[keyof typeof attributes], tag = ''): string {
  return `${tag}[${name}]`;
}

/** Selects elements by class. @example classSelector(classes.languageSwitcher, 'nav') // 'nav.lang-switcher' */
export function classSelector(name: (typeof classes)[keyof typeof classes], tag = ''): string {
  return `${tag}.${name}`;
}

/** Selects a `<meta name>` element. @example metaSelector(metaNames.robots) // 'meta[name="robots"]' */
export function metaSelector(name: (typeof metaNames)[keyof typeof metaNames]): string {
  return `meta[name="${name}"]`;
}

/**
 * Selectors for the marks above, for checks and tests. Parsers differ in case handling, so these
 * match the lower-case names the templates write.
 */
export const selectors = {
  fallbackNotice: attributeSelector(attributes.fallbackNotice),
  staleNotice: attributeSelector(attributes.staleNotice),
  draftBanner: attributeSelector(attributes.draftBanner),
  originalLink: attributeSelector(attributes.originalLink, 'a'),
  searchBody: attributeSelector(attributes.searchBody),
  searchIgnore: attributeSelector(attributes.searchIgnore),
  languageSwitcher: classSelector(classes.languageSwitcher, 'nav'),
  languageSwitcherLinks: `${classSelector(classes.languageSwitcher, 'nav')} a`,
  skipLink: classSelector(classes.skipLink, 'a'),
  editLinks: `${classSelector(classes.editLinks, 'ul')} a`,
  robotsMeta: metaSelector(metaNames.robots),
} as const;

/**
 * Spread into an element to set a value-less data attribute, only when `on`; Astro renders `''` as
 * the bare attribute name.
 * @example <article {...dataFlag(attributes.searchBody, !isFallback)}> // <article data-pagefind-body> on real pages
 */
export function dataFlag(name: (typeof attributes)[keyof typeof attributes], on = true): Record<string, string> {
  return on ? { [name]: '' } : {};
}

const searchMarkAttribute = { filter: attributes.searchFilter, sort: attributes.searchSort, meta: attributes.searchMeta } as const;

/**
 * Attributes of one Pagefind filter, sort or metadata mark whose value sits in `data-value`, so the
 * element need not show it (Pagefind's `key[attribute]` syntax).
 * @example searchMark('filter', 'topic', 'training') // { 'data-pagefind-filter': 'topic[data-value]', 'data-value': 'training' }
 */
export function searchMark(kind: keyof typeof searchMarkAttribute, key: string, value: string): Record<string, string> {
  return { [searchMarkAttribute[kind]]: `${key}[${attributes.searchValue}]`, [attributes.searchValue]: value };
}

/**
 * Pagefind's weight of a region, from 0 to 10 (headings have their own, h1 7 to h6 2; text 1); the
 * default 1 writes nothing. Inside a weighted region headings take the region's weight.
 * @example searchWeight(0.5) // { 'data-pagefind-weight': '0.5' }
 * @example searchWeight(1) // {}
 */
export function searchWeight(weight: number): Record<string, string> {
  if (!(weight >= 0 && weight <= 10)) throw new RangeError(`a search weight is between 0 and 10, got ${weight}`);
  return weight === 1 ? {} : { [attributes.searchWeight]: String(weight) };
}

/**
 * Whether a robots meta `content` keeps the page out of indexes. Directives are a comma-separated,
 * case-insensitive list, and `none` means `noindex, nofollow`.
 * @example isNoindex('NoIndex, follow') // true
 * @example isNoindex('index, follow') // false
 */
export function isNoindex(content: string | null | undefined): boolean {
  if (!content) return false;
  return content.split(',').some((d) => [noindexDirective, 'none'].includes(d.trim().toLowerCase()));
}
