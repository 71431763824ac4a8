import type { Translator } from '../../i18n/translator';
import type { MapEntry, TranslatedDocument, TranslationMap } from '../content/translation-map';
import { byDateDesc } from '../content/indexes';
import { topicKeys, type Topic } from '../content/taxonomy';
import type { UrlBuilder } from '../routing/urls';
import { sortTopicsByLabel } from '../page-data/topic-index';
import { getLocaleInfo } from '../../i18n/locales';

/** An entry with the text a suggestion shows. */
type TitledEntry = MapEntry & { data: { title: string; description?: string | undefined } };

export interface SuggestedLink {
  label: string;
  href: string;
  /** One line under the link (a guide's description). */
  note?: string;
}

/** What the search page offers when there is nothing to show: guides to start with, and every topic. */
export interface SearchSuggestions {
  guides: SuggestedLink[];
  allGuidesHref: string;
  topics: SuggestedLink[];
  allTopicsHref: string;
}

/** How many guides the empty state suggests. */
export const suggestedGuideCount = 4;

/**
 * The suggestions of one locale's search page, built with the page: the newest guides translated into
 * the locale (a reader who found nothing should not be sent to a page in another language), and every
 * topic that has a page, alphabetical in the locale.
 * @example buildSearchSuggestions(map, topicIndex, useTranslations('bg'), urls).guides[0].href // '/bg/guides/…/'
 */
export function buildSearchSuggestions<E extends TitledEntry>(
  map: TranslationMap<E>,
  topicIndex: ReadonlyMap<Topic, readonly TranslatedDocument<E>[]>,
  translator: Translator,
  urls: UrlBuilder,
  limit = suggestedGuideCount,
): SearchSuggestions {
  const { locale, t } = translator;
  const guides = map.documents
    .filter((doc) => doc.collection === 'guides' && doc.locales.includes(locale))
    .sort(byDateDesc)
    .slice(0, limit)
    .map((doc) => {
      const { title, description } = doc.versions.get(locale)!.data;
      return { label: title, href: urls.entry(locale, 'guides', doc.slug), ...(description ? { note: description } : {}) };
    });
  const topics = sortTopicsByLabel(
    topicKeys
      .filter((key) => (topicIndex.get(key)?.length ?? 0) > 0)
      .map((key) => ({ key, label: t(`topics.${key}`), count: topicIndex.get(key)!.length, href: urls.topics(locale, key) })),
    getLocaleInfo(locale).intl,
  ).map(({ label, href }) => ({ label, href }));
  return { guides, allGuidesHref: urls.listing(locale, 'guides'), topics, allTopicsHref: urls.topics(locale) };
}
