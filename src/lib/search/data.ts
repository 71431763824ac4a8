import type { Translator } from '../../i18n/translator';
import type { Locale } from '../../i18n/locales';
import type { NeutralFields } from '../content/neutral';
import type { CollectionName } from '../content/collections';

/** Filter keys are stable ASCII (they appear in URLs); values are shown to readers, in their language. */
export const searchFilterKeys = ['type', 'partner', 'country', 'topic', 'year'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export interface SearchData {
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** ISO date for `data-pagefind-sort`, so "newest first" sorts correctly as text. */
  sortDate?: string;
  /**
   * Shown in results: the kind of page and its date, in the reader's language. Searchable too, with
   * `aka` (the titles in other languages) and `topics` (the topic labels, which the page shows only
   * in its facts list, left out of the text index so excerpts start in the text).
   */
  meta: { type: string; date?: string; lang?: Locale; aka?: string; topics?: string };
}

interface Org {
  data: { name: string; country: string };
}

/**
 * What the search index records about a real detail page beyond its text: localized filter values for
 * type, partner, country, topic and year, an ISO sort date, and display metadata.
 * @example buildSearchData({ collection: 'guides', … }).filters.type // ['Посібник']
 */
export function buildSearchData(input: {
  collection: CollectionName;
  slug: string;
  neutral: NeutralFields;
  organisations: ReadonlyMap<string, Org>;
  translator: Translator;
  /** On a fallback page: the language its text is written in, shown on the result. */
  originalLocale?: Locale;
  /** The document's titles in its other languages, searchable as metadata (`aka`), never shown. */
  otherTitles?: readonly string[];
}): SearchData {
  const { collection, slug, neutral, organisations, translator, originalLocale, otherTitles = [] } = input;
  const aka = [...new Set(otherTitles)].join(' · ');
  const { t } = translator;
  const type = t(`search.types.${collection}`);
  const partnerIds = collection === 'partners' ? [slug] : (neutral.partners ?? []).map((p) => p.id);
  const orgs = partnerIds.map((id) => organisations.get(id)).filter((o): o is Org => o !== undefined);
  const filters: SearchData['filters'] = { type: [type] };
  if (orgs.length) {
    filters.partner = orgs.map((o) => o.data.name);
    filters.country = [...new Set(orgs.map((o) => translator.countryName(o.data.country)))];
  }
  if (neutral.topics?.length) filters.topic = neutral.topics.map((topic) => t(`topics.${topic}`));
  if (neutral.pubDate) filters.year = [String(neutral.pubDate.getUTCFullYear())];
  return {
    filters,
    ...(neutral.pubDate ? { sortDate: translator.isoDate(neutral.pubDate) } : {}),
    meta: { type, ...(neutral.pubDate ? { date: translator.formatDate(neutral.pubDate) } : {}), ...(originalLocale ? { lang: originalLocale } : {}), ...(aka ? { aka } : {}), ...(filters.topic ? { topics: filters.topic.join(', ') } : {}) },
  };
}

