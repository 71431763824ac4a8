/**
 * Real pages to test and measure, picked from content/ instead of named by hand, so that renaming a
 * guide or adding a language does not break `npm test`: the browser tests, Lighthouse and the search
 * budget take their URLs from here. Reads the files only (no Astro), as the built site is what they test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultLocale, isLocale, locales, type Locale } from '../../src/i18n/locales';
import { listedCollections, type CollectionName, type ListedCollection } from '../../src/lib/content/collections';
import { env } from '../../src/env';
import { bodyLines, readMarkdownSource } from '../../src/lib/checks/markdown-source';
import { isoDate } from '../../src/lib/format/iso-date';
import { scheduledDay } from '../../src/lib/content/schedule';

/** The content the built site came from (content/, or ITBRIDGE_CONTENT_DIR). */
const builtContent = resolve(import.meta.dirname, '../..', env.contentDir);

export interface SampleDocument {
  collection: CollectionName;
  slug: string;
  /** The locales with a file of this document. */
  locales: ReadonlySet<Locale>;
  /** The frontmatter of the original (the default-locale file), as the build parses it. */
  data: Record<string, unknown>;
}

/**
 * Every published document of `collection` with an original in the default locale, by slug; `today`
 * is the build's (env.today), so a scheduled document is left out as the build leaves it out.
 * @example listDocuments('pages').map((d) => d.slug) // ['about', 'accessibility', 'privacy']
 */
export function listDocuments(collection: CollectionName, contentDir = builtContent, today = env.today): SampleDocument[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  const files = new Map<string, { locales: Set<Locale>; original?: Record<string, unknown> }>();
  for (const folder of readdirSync(dir).filter(isLocale)) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => /\.mdx?$/.test(n))) {
      const slug = name.replace(/\.mdx?$/, '');
      const doc = files.get(slug) ?? { locales: new Set<Locale>() };
      doc.locales.add(folder);
      if (folder === defaultLocale) doc.original = readMarkdownSource(join(dir, folder, name)).data;
      files.set(slug, doc);
    }
  }
  return [...files]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([slug, doc]) => {
      // Drafts have no page, nor have scheduled documents yet; a translation without an original is not published either.
      if (doc.original === undefined || doc.original.draft === true) return [];
      const { pubDate } = doc.original;
      if (pubDate instanceof Date && scheduledDay(pubDate, today)) return [];
      return [{ collection, slug, locales: doc.locales, data: doc.original }];
    });
}

/**
 * The first document of `collection` (by slug) that is published and translated into every locale,
 * so its page is a real translation in each of them. Throws when content/ has none.
 * @example sampleDocument('guides').slug // 'cluster-services-training-knowledge-exchange'
 */
export function sampleDocument(collection: CollectionName, contentDir = builtContent): SampleDocument {
  const doc = listDocuments(collection, contentDir).find((d) => locales.every((l) => d.locales.has(l)));
  if (!doc) throw new Error(`content/${collection}/ has no published document translated into every locale (${locales.join(', ')}); the browser tests need one.`);
  return doc;
}

/**
 * The URL path of a document in a locale: `/uk/guides/<slug>/`, or `/uk/<slug>/` for standalone pages.
 * @example documentPath('bg', sampleDocument('pages')) // '/bg/about/'
 */
export function documentPath(locale: Locale, doc: Pick<SampleDocument, 'collection' | 'slug'>): string {
  return doc.collection === 'pages' ? `/${locale}/${doc.slug}/` : `/${locale}/${doc.collection}/${doc.slug}/`;
}

/**
 * One fallback page of `locale`: a published document of a listed collection that has no translation
 * into it. Undefined when everything is translated into that locale.
 * @example fallbackPath('bg', 'tests/fixtures/content') // '/bg/news/first-news/'
 */
export function fallbackPath(locale: Locale, contentDir = builtContent): string | undefined {
  for (const collection of listedCollections) {
    const doc = listDocuments(collection, contentDir).find((d) => !d.locales.has(locale));
    if (doc) return documentPath(locale, doc);
  }
  return undefined;
}

/**
 * A frontmatter field of a document's original, as text: a date as YYYY-MM-DD, a list as its first item.
 * @example readField(sampleDocument('news'), 'topics') // 'internationalisation'
 */
export function readField(doc: SampleDocument, field: string): string {
  const raw = doc.data[field];
  const value = raw instanceof Date ? isoDate(raw) : Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string' || !value) throw new Error(`${doc.collection}/${defaultLocale}/${doc.slug}: no "${field}" in its frontmatter`);
  return value;
}

/**
 * One article per locale, each from a different listed collection in turn (locale i takes collection
 * i modulo their number), so that measuring five pages covers every article template.
 * @example articlePerLocale() // [['en', '/en/news/…/'], ['uk', '/uk/guides/…/'], …]
 */
export function articlePerLocale(): [Locale, string][] {
  return locales.map((locale, i): [Locale, string] => {
    const collection: ListedCollection = listedCollections[i % listedCollections.length]!;
    return [locale, documentPath(locale, sampleDocument(collection))];
  });
}

export type PageType =
  | 'home' | 'newsListing' | 'newsYear' | 'news' | 'guidesListing' | 'guide' | 'studiesListing' | 'study'
  | 'partnersListing' | 'partner' | 'topics' | 'topic' | 'page';

/**
 * One page of each page type in a locale, keyed by type; real documents are picked from content/
 * (below), so renaming a guide does not break the tests.
 * @example pageTypePaths('uk').guide // '/uk/guides/cluster-services-training-knowledge-exchange/'
 */
export function pageTypePaths(locale: Locale): Record<PageType, string> {
  const news = sampleDocument('news');
  const guide = sampleDocument('guides');
  return {
    home: `/${locale}/`,
    newsListing: `/${locale}/news/`,
    newsYear: `/${locale}/news/${readField(news, 'pubDate').slice(0, 4)}/`,
    news: documentPath(locale, news),
    guidesListing: `/${locale}/guides/`,
    guide: documentPath(locale, guide),
    studiesListing: `/${locale}/studies/`,
    study: documentPath(locale, sampleDocument('studies')),
    partnersListing: `/${locale}/partners/`,
    partner: documentPath(locale, sampleDocument('partners')),
    topics: `/${locale}/topics/`,
    topic: `/${locale}/topics/${readField(guide, 'topics')}/`,
    page: documentPath(locale, sampleDocument('pages')),
  };
}

/**
 * One page of each template in a locale, for checks that walk every template (axe, privacy): the
 * page types, the 404 page and search with results; in English also the root pages, and in a locale
 * with an untranslated document its fallback page. The real content has every document translated, so
 * its sweeps have none; tests/e2e-fixture/ sweeps the fallback pages of the fixture site.
 */
export function templatePaths(locale: Locale): string[] {
  const { home, newsListing, newsYear, news, guide, study, partnersListing, partner, topics, page } = pageTypePaths(locale);
  const fallback = fallbackPath(locale);
  return [
    home,
    newsListing,
    newsYear,
    news,
    guide,
    study,
    partnersListing,
    partner,
    topics,
    page,
    `/${locale}/404/`,
    `/${locale}/search/?q=ITBridge`,
    ...(locale === 'en' ? ['/', '/404.html', '/status/translations/'] : []),
    ...(fallback ? [fallback] : []),
  ];
}

/**
 * The guide with the most second-level sections among those translated into every locale: the page
 * where a table of contents weighs most, so the layout checks and screenshots take the worst case.
 * @example longestGuidePath('uk') // '/uk/guides/eu-market-entry-for-it-smes/'
 */
export function longestGuidePath(locale: Locale, contentDir = builtContent): string {
  const sections = (doc: SampleDocument) => {
    const file = ['md', 'mdx'].map((ext) => join(contentDir, doc.collection, defaultLocale, `${doc.slug}.${ext}`)).find(existsSync)!;
    return bodyLines(readMarkdownSource(file)).filter((line) => /^##\s/.test(line.text)).length;
  };
  const guides = listDocuments('guides', contentDir).filter((d) => locales.every((l) => d.locales.has(l)));
  if (guides.length === 0) throw new Error('content/guides/ has no guide translated into every locale; the layout checks need one.');
  const longest = guides.reduce((best, doc) => (sections(doc) > sections(best) ? doc : best));
  return documentPath(locale, longest);
}

/**
 * What `npm run screenshots` photographs in a locale: every template, named for the file, with the
 * longest guide as the guide and search both with results and with none.
 */
export function screenshotTargets(locale: Locale): { name: string; path: string }[] {
  const types = { ...pageTypePaths(locale), guide: longestGuidePath(locale) };
  const fallback = fallbackPath(locale);
  const word = { en: 'cluster', uk: 'кластер', ro: 'cluster', es: 'clúster', bg: 'клъстер' }[locale];
  return [
    ...Object.entries(types).map(([name, path]) => ({ name, path })),
    { name: 'search', path: `/${locale}/search/?q=${encodeURIComponent(word)}` },
    { name: 'searchEmpty', path: `/${locale}/search/?q=zzqx` },
    { name: 'notFound', path: `/${locale}/404/` },
    ...(fallback ? [{ name: 'fallback', path: fallback }] : []),
    ...(locale === 'en' ? [{ name: 'rootChooser', path: '/' }, { name: 'root404', path: '/404.html' }] : []),
  ];
}
