import type { PagefindEntry } from './index-check';
import { escapeXml } from '../outputs/xml';

/**
 * What the search page asks the browser for before its script runs: Pagefind's runtime, and the files
 * the runtime then fetches one after another (its entry file, the language's metadata and WebAssembly,
 * the filter chunks, and the whole word index when it is small). With these in the page's `<head>`
 * they all download side by side from the first moment, instead of in a chain of round trips after
 * the script has started. Their names carry hashes Pagefind chooses when it indexes, after the pages
 * are written, so the search-index integration adds them to each search page then.
 */

/** One `<link>` in the search page's head. */
export interface Preload {
  rel: 'modulepreload' | 'preload';
  href: string;
  /** The mark the search script finds the entry file's cache tag by. */
  entry?: true;
}

export interface PreloadInput {
  entry: PagefindEntry;
  /** A tag that changes whenever the entry file does (its content hash): Pagefind's `metaCacheTag`, the `?ts=` of its URL. */
  entryTag: string;
  /** The page's language, as Pagefind indexed it. */
  locale: string;
  /** Where the bundle is served, with the trailing slash, e.g. /pagefind/. */
  bundle: string;
  /** Every file of the bundle's `filter/` and `index/` folders: name → bytes. */
  filterFiles: ReadonlyMap<string, number>;
  indexFiles: ReadonlyMap<string, number>;
  /**
   * The word index is fetched up front only when the language's whole index is at most this many bytes
   * (any query needs some of it; on a large site a query needs only a few of many chunks).
   */
  indexBudget?: number;
}

/** 64 KB: a small site's whole index for one language (the real site's is one chunk of 26–37 KB). */
export const defaultIndexBudget = 64 * 1024;

const ofLanguage = (files: ReadonlyMap<string, number>, hashPrefix: string) =>
  [...files].filter(([name]) => name.startsWith(`${hashPrefix}_`)).sort(([a], [b]) => a.localeCompare(b));

/**
 * The preloads of one language's search page, in the order the runtime needs them.
 * @example searchPreloads({ entry, entryTag: 'a1b2c3d4e5', locale: 'uk', bundle: '/pagefind/', filterFiles, indexFiles }).map((p) => p.href)
 * // ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json?ts=a1b2c3d4e5', '/pagefind/pagefind.uk_1fea2dd814.pf_meta', '/pagefind/wasm.unknown.pagefind', …]
 */
export function searchPreloads({ entry, entryTag, locale, bundle, filterFiles, indexFiles, indexBudget = defaultIndexBudget }: PreloadInput): Preload[] {
  const language = entry.languages[locale];
  if (!language) throw new Error(`Search preloads: Pagefind indexed no "${locale}" pages (languages: ${Object.keys(entry.languages).join(', ')}).`);
  const prefix = language.hash.split('_')[0]!;
  const index = ofLanguage(indexFiles, prefix);
  const indexBytes = index.reduce((sum, [, bytes]) => sum + bytes, 0);
  return [
    { rel: 'modulepreload', href: `${bundle}pagefind.js` },
    { rel: 'preload', href: `${bundle}pagefind-entry.json?ts=${encodeURIComponent(entryTag)}`, entry: true },
    { rel: 'preload', href: `${bundle}pagefind.${language.hash}.pf_meta` },
    { rel: 'preload', href: `${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind` },
    ...ofLanguage(filterFiles, prefix).map(([name]): Preload => ({ rel: 'preload', href: `${bundle}filter/${name}` })),
    ...(indexBytes <= indexBudget ? index.map(([name]): Preload => ({ rel: 'preload', href: `${bundle}index/${name}` })) : []),
  ];
}

/** The attribute the search script reads the entry file's cache tag from. */
export const entryPreloadAttribute = 'data-pagefind-entry';

/**
 * The links as HTML. Fetches are preloaded `as="fetch"` with `crossorigin` (anonymous), which is how
 * Pagefind's `fetch()` asks for them: a preload the request does not match would be downloaded twice.
 * @example renderPreloads([{ rel: 'modulepreload', href: '/pagefind/pagefind.js' }]) // '<link rel="modulepreload" href="/pagefind/pagefind.js">'
 */
export function renderPreloads(preloads: readonly Preload[]): string {
  return preloads
    .map((p) =>
      p.rel === 'modulepreload'
        ? `<link rel="modulepreload" href="${escapeXml(p.href)}">`
        : `<link rel="preload" href="${escapeXml(p.href)}" as="fetch" crossorigin${p.entry ? ` ${entryPreloadAttribute}` : ''}>`,
    )
    .join('');
}

/**
 * The page with the links at the end of its head. Throws when the page has no head end, or has the
 * links already (a second run would fetch everything twice).
 */
export function injectPreloads(html: string, markup: string, page: string): string {
  if (html.includes(entryPreloadAttribute)) throw new Error(`${page} already has the search preloads.`);
  const at = html.indexOf('</head>');
  if (at < 0) throw new Error(`${page} has no </head> to add the search preloads to.`);
  return html.slice(0, at) + markup + html.slice(at);
}

/**
 * The cache tag the page's preload of the entry file carries, for Pagefind's `metaCacheTag` option (so
 * that its request for the entry file is the one the browser preloaded). Undefined without the link.
 * @example entryTagOf('/pagefind/pagefind-entry.json?ts=a1b2c3d4e5') // 'a1b2c3d4e5'
 */
export function entryTagOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  return new URL(href, 'http://localhost').searchParams.get('ts') ?? undefined;
}
