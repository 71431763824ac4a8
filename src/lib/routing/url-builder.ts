/**
 * The URL builder itself, apart from the site's configured instance (urls.ts), so that tools running
 * outside Astro (npm run check:content, which checks links against the pages the build makes) can
 * build the same URLs: urls.ts reads import.meta.env, which only Astro provides.
 */
import type { Locale } from '../../i18n/locales';
import type { CollectionName, ListedCollection } from '../content/collections';
import type { Topic } from '../content/taxonomy';

/** The URL shape of the site: directories with a trailing slash. astro.config.mjs reads it from here. */
export const urlFormat = { trailingSlash: 'always', buildFormat: 'directory' } as const;

export interface UrlConfig {
  /** Astro's `base`, e.g. '/' or '/itbridge/'. */
  base: string;
  /** Absolute site origin (and optional path), e.g. 'https://example.org'. */
  site: string;
}

export interface UrlBuilder {
  /** `/` — the language chooser, also the hreflang x-default. */
  chooser(): string;
  /** `/uk/` */
  home(locale: Locale): string;
  /** `/uk/news/`, `/uk/news/2/` */
  listing(locale: Locale, collection: ListedCollection, page?: number): string;
  /** `/uk/news/itbridge-kickoff-cluj-napoca/` */
  entry(locale: Locale, collection: CollectionName, slug: string): string;
  /** `/uk/404/` */
  notFound(locale: Locale): string;
  /** `/uk/news/2025/` — the news archive of one year. */
  newsYear(locale: Locale, year: number): string;
  /** `/uk/topics/` and `/uk/topics/training/` */
  topics(locale: Locale, topic?: Topic): string;
  /** `/uk/rss.xml` — the news feed of one locale. */
  feed(locale: Locale): string;
  /** `/uk/search/`, or `/uk/search/?q=…` as a deep link to results. */
  search(locale: Locale, query?: string): string;
  /** Where Pagefind's bundle is served: `/pagefind/`. */
  searchBundle(): string;
  /** Pagefind's bundle of the fallback pages (documents not yet translated), searched after the local results. */
  untranslatedBundle(): string;
  /** The search vocabulary's files for one locale. */
  searchData(locale: Locale): string;
  /** A file served from public/, under `base`: `/favicon.svg` → `/itbridge/favicon.svg`. */
  asset(path: string): string;
  /** `/_astro/x.css` → `https://example.org/_astro/x.css`; keeps absolute URLs as they are. */
  absolute(path: string): string;
}

/**
 * The one place URLs are built. Honours `base`, always ends page URLs with a slash (`urlFormat`, which
 * the Astro config also reads), and never lets a template concatenate paths by hand.
 * @example createUrls({ base: '/', site: 'https://x.org' }).entry('bg', 'guides', 'gdpr') // '/bg/guides/gdpr/'
 */
export function createUrls({ base, site }: UrlConfig): UrlBuilder {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const join = (...segments: (string | number)[]) =>
    root + segments.map((s) => encodeURIComponent(String(s))).join('/') + (segments.length ? '/' : '');
  const origin = site.replace(/\/+$/, '');
  return {
    chooser: () => root,
    home: (locale) => join(locale),
    listing: (locale, collection, page = 1) => {
      if (!Number.isInteger(page) || page < 1) throw new RangeError(`Page must be a positive integer, got ${page}`);
      return page === 1 ? join(locale, collection) : join(locale, collection, page);
    },
    entry: (locale, collection, slug) => (collection === 'pages' ? join(locale, slug) : join(locale, collection, slug)),
    notFound: (locale) => join(locale, '404'),
    newsYear: (locale, year) => {
      if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Year must have four digits, got ${year}`);
      return join(locale, 'news', year);
    },
    topics: (locale, topic) => (topic ? join(locale, 'topics', topic) : join(locale, 'topics')),
    feed: (locale) => `${root}${locale}/rss.xml`,
    search: (locale, query) => join(locale, 'search') + (query ? `?q=${encodeURIComponent(query)}` : ''),
    searchBundle: () => `${root}pagefind/`,
    untranslatedBundle: () => `${root}pagefind-untranslated/`,
    searchData: (locale) => `${root}search-data/${locale}/`,
    asset: (path) => {
      if (!path.startsWith('/') || path.startsWith('//')) throw new RangeError(`Asset path must start with one "/", got "${path}"`);
      return root + path.slice(1).split('/').map(encodeURIComponent).join('/');
    },
    absolute: (path) => (/^[a-z]+:\/\//i.test(path) ? path : new URL(path, `${origin}/`).href),
  };
}

/**
 * Returns `value` when it is an absolute http(s) URL and throws otherwise, naming `field`: feeds,
 * sitemaps and structured data pointing at relative URLs are ignored by their readers.
 * @example assertAbsoluteUrl('https://x.org/en/', 'feed link') // 'https://x.org/en/'
 */
export function assertAbsoluteUrl(value: string, field: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${field} must be an absolute URL, got "${value}". Build it with urls.absolute(…).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${field} must be an http(s) URL, got "${value}".`);
  return value;
}

