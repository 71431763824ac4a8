import { locales, defaultLocale, isLocale, type Locale } from '../../i18n/locales';
import { splitEntryId } from './entry-path';
import type { CollectionName } from './collections';
import type { NeutralFields } from './neutral';
import type { ContentProblem } from './problems';
import { scheduledDay } from './schedule';

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

/** A file that exists but is not published. Not an error: the build says so and goes on. */
export interface SkippedEntry extends ContentProblem {
  check: 'draft' | 'orphan' | 'scheduled';
  locale: Locale;
  /** For a scheduled file: the day (YYYY-MM-DD, UTC) from which a build publishes it, its original's pubDate. */
  publishOn?: string | undefined;
}

/** A document held back until its pubDate; the versions are those a build on that day publishes. */
export interface ScheduledDocument<E extends MapEntry> extends TranslatedDocument<E> {
  /** The original's pubDate, YYYY-MM-DD (UTC). */
  publishOn: string;
}

export interface TranslationMapOptions {
  /**
   * Today, YYYY-MM-DD in UTC (`env.today` in builds and check:content): a document whose original is
   * dated after it is scheduled, not published.
   */
  today: string;
  /**
   * Publish drafts too (and the translations of a draft original): the editors' preview, `npm run dev`,
   * where each such page carries a "Draft — not published" banner ({@link isDraftVersion}). Never in a
   * build: the build passes false (`import.meta.env.ITBRIDGE_PREVIEW`, src/integrations/dev-preview.ts).
   */
  includeDrafts?: boolean;
}

export interface TranslationMap<E extends MapEntry> {
  documents: readonly TranslatedDocument<E>[];
  /** Files that exist but are not published, with the reason (drafts, translations without an original, scheduled files). */
  skipped: readonly SkippedEntry[];
  /**
   * Documents dated after today, with every translation: held back, so no output has them. The site
   * rules still check them, so that a scheduled document cannot fail the build on the day it is due.
   */
  scheduled: readonly ScheduledDocument<E>[];
  /**
   * Documents that cannot be published at all (their files disagree on the original language); they
   * are left out of `documents`. The build stops on any of these, the editors' report lists them.
   */
  problems: readonly ContentProblem[];
  get(collection: CollectionName, slug: string): TranslatedDocument<E> | undefined;
}

const fileOf = (e: MapEntry) => e.filePath ?? `${e.collection}/${e.id}`;
const key = (collection: CollectionName, slug: string) => `${collection}\u0000${slug}`;

/**
 * Groups entries into documents by collection and slug and decides which versions are published:
 * drafts never are; a translation whose original (English unless `sourceLocale` says otherwise) is
 * missing or a draft is an orphan and is not published either; a document whose original's pubDate
 * is after `today` is scheduled, and neither it nor its translations are published yet. A document
 * whose files disagree on `sourceLocale` is left out and reported in `problems`. Built once per
 * build; every route, switcher, alternate, sitemap entry, feed, search index and listing reads it.
 * @example buildTranslationMap(entries, { today: '2026-12-02' }).get('news', 'itbridge-kickoff-cluj-napoca')?.locales // ['en', 'uk', …]
 */
export function buildTranslationMap<E extends MapEntry>(entries: readonly E[], { today, includeDrafts = false }: TranslationMapOptions): TranslationMap<E> {
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
  const scheduled: ScheduledDocument<E>[] = [];
  const problems: ContentProblem[] = [];
  for (const { collection, slug, byLocale } of groups.values()) {
    const found = findSourceLocale(byLocale);
    if ('problem' in found) {
      problems.push(found.problem);
      continue;
    }
    const { sourceLocale } = found;
    const source = byLocale.get(sourceLocale);
    // The original's date decides for every version: a translation is never published before it.
    const sourceHeldBack = source?.data.draft === true && !includeDrafts;
    const publishOn = source && !sourceHeldBack ? scheduledDay(source.data.pubDate, today) : undefined;
    const published = new Map<Locale, E>();
    for (const locale of locales) {
      const entry = byLocale.get(locale);
      if (!entry) continue;
      if (entry.data.draft && !includeDrafts) {
        skipped.push({ file: fileOf(entry), locale, check: 'draft', message: 'draft, not published.' });
      } else if (!source || sourceHeldBack) {
        skipped.push({
          file: fileOf(entry),
          locale,
          check: 'orphan',
          message:
            `not published because its original (${collection}/${sourceLocale}/${slug}) ` +
            (source ? 'is a draft.' : 'does not exist.') +
            ` Publish the original first, or set sourceLocale to the language this text was written in.`,
        });
      } else {
        published.set(locale, entry);
        if (publishOn) {
          skipped.push({
            file: fileOf(entry),
            locale,
            check: 'scheduled',
            publishOn,
            message:
              (locale === sourceLocale ? `scheduled for ${publishOn}` : `scheduled with its original (${collection}/${sourceLocale}/${slug}) for ${publishOn}`) +
              ', so not published yet: the first build on or after that day publishes it.',
          });
        }
      }
    }
    if (!source || !published.has(sourceLocale)) continue;
    const doc: TranslatedDocument<E> = {
      collection,
      slug,
      sourceLocale,
      source,
      versions: published,
      locales: locales.filter((l) => published.has(l)),
    };
    if (publishOn) scheduled.push({ ...doc, publishOn });
    else documents.push(doc);
  }
  const index = new Map(documents.map((d) => [key(d.collection, d.slug), d]));
  return { documents, skipped, scheduled, problems, get: (collection, slug) => index.get(key(collection, slug)) };
}

/** All files of a document that name a `sourceLocale` must agree; without one, the original is English. */
function findSourceLocale(byLocale: ReadonlyMap<Locale, MapEntry>): { sourceLocale: Locale } | { problem: ContentProblem } {
  const declared = [...byLocale].filter(([, e]) => e.data.sourceLocale !== undefined);
  const values = new Set(declared.map(([, e]) => e.data.sourceLocale));
  const [value] = [...values];
  if (value === undefined) return { sourceLocale: defaultLocale };
  const file = declared.map(([, e]) => fileOf(e)).join(', ');
  // Reported in the section of the first file that names a source language.
  const locale = declared[0]![0];
  if (values.size > 1) {
    return {
      problem: {
        file,
        locale,
        check: 'source-locale',
        message:
          `field "sourceLocale" disagrees (${[...values].join(' vs ')}). ` +
          'Every translation of a document must name the same original language, or leave the field out.',
      },
    };
  }
  if (!isLocale(value)) return { problem: { file, locale, check: 'source-locale', message: `unknown sourceLocale "${value}".` } };
  return { sourceLocale: value };
}

/**
 * Whether the page of `version` shows text a build would not publish: the file is a draft, or its
 * original is (a translation is published only with its original). Only a map built with
 * `includeDrafts` has such versions, so only the editors' preview shows the draft banner.
 * @example isDraftVersion(doc, resolveVersion(doc, 'uk')) // true in npm run dev while content/news/uk/x.md says draft: true
 */
export function isDraftVersion<E extends MapEntry>(doc: TranslatedDocument<E>, version: { entry: E }): boolean {
  return version.entry.data.draft === true || doc.source.data.draft === true;
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
