import type { Translator } from '../../i18n/translator';
import type { Locale } from '../../i18n/locales';
import type { NeutralFields } from '../content/neutral';
import type { CollectionName } from '../content/collections';
import { partnerLocation, type LocatedOrganisation } from '../content/partners';
import { bodyWeights, type FindableMetaKey } from './ranking';

/** Filter keys are stable ASCII (they appear in URLs); values are shown to readers, in their language. */
export const searchFilterKeys = ['type', 'partner', 'country', 'topic', 'year'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

export interface SearchData {
  filters: Partial<Record<SearchFilterKey, string[]>>;
  /** ISO date for `data-pagefind-sort`, so "newest first" sorts correctly as text. */
  sortDate?: string;
  /**
   * Shown in results: the kind of page and its date, in the reader's language, and on a fallback page
   * the language its text is written in.
   */
  meta: { type: string; date?: string; lang?: Locale };
  /**
   * Searchable metadata that results do not show: words a reader searches for that sit in the facts
   * list, which stays out of the index so that excerpts come from the text.
   */
  findable: Partial<Record<FindableMetaKey, string>>;
  /** `data-pagefind-weight` of the text below the title block (see ranking.ts). */
  bodyWeight: number;
}

interface Org extends LocatedOrganisation {
  data: LocatedOrganisation['data'] & { name: string };
}

/**
 * What the search index records about a real detail page beyond its text: localized filter values for
 * type, partner, country, topic and year, an ISO sort date, display metadata, searchable metadata
 * (description, topic labels, a partner's or a news item's place) and the weight of its text.
 * @example buildSearchData({ collection: 'guides', … }).filters.type // ['Посібник']
 */
export function buildSearchData(input: {
  collection: CollectionName;
  slug: string;
  neutral: NeutralFields;
  /** The page's description (the lede under its title). */
  description: string;
  /** A news item's dateline place (its `location`), in the page language. */
  dateline?: string | undefined;
  organisations: ReadonlyMap<string, Org>;
  translator: Translator;
  /** On a fallback page: the language its text is written in, shown on the result. */
  originalLocale?: Locale;
  /** The document's titles in its other languages, searchable as `aka`: a reader who types one finds this page. */
  otherTitles?: readonly string[];
}): SearchData {
  const { collection, slug, neutral, description, dateline, organisations, translator, originalLocale, otherTitles = [] } = input;
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
  const findable: SearchData['findable'] = { description };
  if (filters.topic) findable.topics = filters.topic.join(', ');
  const profiled = collection === 'partners' ? orgs[0] : undefined;
  const location = profiled ? partnerLocation(profiled, translator) : dateline;
  if (location) findable.location = location;
  const aka = [...new Set(otherTitles)].join(' · ');
  if (aka) findable.aka = aka;
  return {
    filters,
    ...(neutral.pubDate ? { sortDate: translator.isoDate(neutral.pubDate) } : {}),
    meta: { type, ...(neutral.pubDate ? { date: translator.formatDate(neutral.pubDate) } : {}), ...(originalLocale ? { lang: originalLocale } : {}) },
    findable,
    bodyWeight: bodyWeights[collection],
  };
}

