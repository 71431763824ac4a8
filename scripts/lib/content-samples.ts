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
import { readMarkdownSource } from '../../src/lib/checks/markdown-source';
import { isoDate } from '../../src/lib/format/iso-date';

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
 * Every published document of `collection` with an original in the default locale, by slug.
 * @example listDocuments('pages').map((d) => d.slug) // ['about', 'accessibility', 'privacy']
 */
export function listDocuments(collection: CollectionName, contentDir = builtContent): SampleDocument[] {
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
      // Drafts have no page; a translation without an original is not published either.
      if (doc.original === undefined || doc.original.draft === true) return [];
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
 * @example fallbackPath('bg') // '/bg/guides/b2b-matchmaking-events/'
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
