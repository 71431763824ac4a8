import { locales, defaultLocale, isLocale, type Locale } from '../../i18n/locales';
import { splitEntryId } from './entry-path';
import type { CollectionName } from './collections';
import type { NeutralFields, NeutralFieldName } from './neutral';

/**
 * What the translation map needs to know about an entry. Astro's `CollectionEntry` satisfies it, and
 * so do the raw entries `npm run check:content` parses, so both build the same map.
 */
export interface MapEntry {
  id: string;
  collection: CollectionName;
  filePath?: string | undefined;
  data: { draft?: boolean | undefined; sourceLocale?: Locale | undefined } & NeutralFields;
}

/** One document: the same slug of one collection in every locale it exists in. */
export interface TranslatedDocument<E extends MapEntry> {
  collection: CollectionName;
  slug: string;
  /** The language the document was written in; its file is the original. */
  sourceLocale: Locale;
  source: E;
  /** Published versions by locale, the original included. */
  versions: ReadonlyMap<Locale, E>;
  /** Locales with a real (non-fallback) page, in registry order. */
  locales: readonly Locale[];
}

export interface SkippedEntry {
  filePath: string;
  reason: 'draft' | 'orphan';
  message: string;
}

export interface TranslationMap<E extends MapEntry> {
  documents: readonly TranslatedDocument<E>[];
  /** Files that exist but are not published, with the reason (drafts, translations without an original). */
  skipped: readonly SkippedEntry[];
  get(collection: CollectionName, slug: string): TranslatedDocument<E> | undefined;
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

const fileOf = (e: MapEntry) => e.filePath ?? `${e.collection}/${e.id}`;
const key = (collection: CollectionName, slug: string) => `${collection}\u0000${slug}`;

/**
 * Groups entries into documents by collection and slug and decides which versions are published:
 * drafts never are; a translation whose original (English unless `sourceLocale` says otherwise) is
 * missing or a draft is an orphan and is not published either. Built once per build; every route,
 * switcher, alternate, sitemap entry and listing reads it.
 * @example buildTranslationMap(entries).get('news', 'itbridge-kickoff-cluj-napoca')?.locales // ['en', 'uk', …]
 */
export function buildTranslationMap<E extends MapEntry>(entries: readonly E[]): TranslationMap<E> {
  const groups = new Map<string, { collection: CollectionName; slug: string; byLocale: Map<Locale, E> }>();
  for (const entry of entries) {
    const { locale, slug } = splitEntryId(entry.id);
    const k = key(entry.collection, slug);
    const group = groups.get(k) ?? { collection: entry.collection, slug, byLocale: new Map<Locale, E>() };
    group.byLocale.set(locale, entry);
    groups.set(k, group);
  }

  const documents: TranslatedDocument<E>[] = [];
  const skipped: SkippedEntry[] = [];
  for (const { collection, slug, byLocale } of groups.values()) {
    const sourceLocale = findSourceLocale([...byLocale.values()]);
    const source = byLocale.get(sourceLocale);
    const published = new Map<Locale, E>();
    for (const locale of locales) {
      const entry = byLocale.get(locale);
      if (!entry) continue;
      if (entry.data.draft) {
        skipped.push({ filePath: fileOf(entry), reason: 'draft', message: `${fileOf(entry)}: draft, not published.` });
      } else if (!source || source.data.draft) {
        skipped.push({
          filePath: fileOf(entry),
          reason: 'orphan',
          message:
            `${fileOf(entry)}: not published because its original (${collection}/${sourceLocale}/${slug}) ` +
            (source ? 'is a draft.' : 'does not exist.') +
            ` Publish the original first, or set sourceLocale to the language this text was written in.`,
        });
      } else {
        published.set(locale, entry);
      }
    }
    if (!source || !published.has(sourceLocale)) continue;
    documents.push({
      collection,
      slug,
      sourceLocale,
      source,
      versions: published,
      locales: locales.filter((l) => published.has(l)),
    });
  }
  const index = new Map(documents.map((d) => [key(d.collection, d.slug), d]));
  return { documents, skipped, get: (collection, slug) => index.get(key(collection, slug)) };
}

/** All files of a document that name a `sourceLocale` must agree; without one, the original is English. */
function findSourceLocale(entries: readonly MapEntry[]): Locale {
  const declared = entries.filter((e) => e.data.sourceLocale !== undefined);
  const values = new Set(declared.map((e) => e.data.sourceLocale));
  if (values.size > 1) {
    throw new ContentError(
      `${declared.map(fileOf).join(', ')}: field "sourceLocale" disagrees (${[...values].join(' vs ')}). ` +
        'Every translation of a document must name the same original language, or leave the field out.',
    );
  }
  const [value] = [...values];
  if (value === undefined) return defaultLocale;
  // The schema allows only site locales; this guards entries built by hand (tools, tests).
  if (!isLocale(value)) throw new ContentError(`${declared.map(fileOf).join(', ')}: unknown sourceLocale "${value}".`);
  return value;
}

/** What the reader of `locale` gets for a document: its own translation, or the original as a fallback. */
export interface ResolvedVersion<E extends MapEntry> {
  locale: Locale;
  entry: E;
  /** Language the text is written in (differs from `locale` on a fallback page). */
  contentLocale: Locale;
  isFallback: boolean;
}

/**
 * What the reader of `locale` gets for a document: its own translation, or the original as a fallback.
 * The one place the fallback decision is made; pages, listings, feeds and the sitemap read its result.
 * @example resolveVersion(doc, 'bg').isFallback // true when no Bulgarian file is published
 */
export function resolveVersion<E extends MapEntry>(doc: TranslatedDocument<E>, locale: Locale): ResolvedVersion<E> {
  const own = doc.versions.get(locale);
  return own
    ? { locale, entry: own, contentLocale: locale, isFallback: false }
    : { locale, entry: doc.source, contentLocale: doc.sourceLocale, isFallback: true };
}

/**
 * One page per document per site locale: translations where they exist, the original elsewhere,
 * so the language switcher never leads to a 404.
 * @example resolveAllLocales(doc).find((v) => v.locale === 'bg')?.isFallback // true when no Bulgarian file exists
 */
export function resolveAllLocales<E extends MapEntry>(doc: TranslatedDocument<E>): ResolvedVersion<E>[] {
  return locales.map((locale) => resolveVersion(doc, locale));
}

/** How to write a missing neutral field, for the error message. */
const neutralExample: Record<NeutralFieldName, string> = {
  pubDate: 'pubDate: 2025-02-13',
  updatedDate: 'updatedDate: 2025-03-01',
  topics: 'topics: [market-entry]',
  partners: 'partners: [transilvania-it-cluster]',
  status: 'status: planned',
};

/**
 * Language-neutral fields live in the original file only: the original must have the collection's
 * required ones, and a translation that repeats any of them is an error.
 * @example checkNeutralFields(map.get('news', 'kickoff')!, getCollectionSpec('news'))
 */
export function checkNeutralFields<E extends MapEntry>(
  doc: TranslatedDocument<E>,
  { neutral, requiredNeutral: required }: { neutral: readonly NeutralFieldName[]; requiredNeutral: readonly NeutralFieldName[] },
): void {
  const original: MapEntry['data'] = doc.source.data;
  for (const field of required) {
    if (original[field] === undefined) {
      throw new ContentError(
        `${fileOf(doc.source)}: field "${field}" is required in the original-language file. ` +
          `Add it to the frontmatter, e.g. ${neutralExample[field]}.`,
      );
    }
  }
  for (const [locale, entry] of doc.versions) {
    if (locale === doc.sourceLocale) continue;
    const translation: MapEntry['data'] = entry.data;
    for (const field of neutral) {
      if (translation[field] !== undefined) {
        throw new ContentError(
          `${fileOf(entry)}: field "${field}" is language-neutral and is written once, in ${fileOf(doc.source)}. ` +
            `Delete it from this translation; it inherits the original's value.`,
        );
      }
    }
  }
}
