import type { Locale } from '../../i18n/locales';
import type { Translator, UiKey } from '../../i18n/translator';
import type { ListedCollection } from '../content/collections';
import type { MapEntry, TranslationMap } from '../content/translation-map';
import { listingOrder } from '../content/indexes';
import type { OrganisationLike } from '../content/partners';
import { buildListing, type ListingItem } from '../routing/static-paths';
import type { UrlBuilder } from '../routing/urls';

export interface HomeSection<E extends MapEntry> {
  id: string;
  heading: string;
  /** Link text to the whole listing, e.g. "All news". */
  allLabel: string;
  href: string;
  /** Show each item's date (news does; guides are evergreen). */
  dated: boolean;
  items: ListingItem<E>[];
}

/** What the home page shows, in order: the newest news and guides, and every partner. */
const sections: readonly { collection: ListedCollection; id: string; heading: UiKey; all: UiKey; dated: boolean; limit?: number }[] = [
  { collection: 'news', id: 'latest-news', heading: 'home.latestNews', all: 'home.allNews', dated: true, limit: 3 },
  { collection: 'guides', id: 'guides', heading: 'home.guides', all: 'home.allGuides', dated: false, limit: 3 },
  { collection: 'partners', id: 'partners', heading: 'home.partners', all: 'home.allPartners', dated: false },
];

/**
 * The sections of a locale's home page, each in its collection's listing order, untranslated items
 * marked as in the listings.
 * @example buildHomeSections(map, organisations, useTranslations('ro'), urls)[0].href // '/ro/news/'
 */
export function buildHomeSections<E extends MapEntry>(
  map: TranslationMap<E>,
  organisations: ReadonlyMap<string, OrganisationLike>,
  translator: Translator,
  urls: UrlBuilder,
): HomeSection<E>[] {
  const locale: Locale = translator.locale;
  return sections.map(({ collection, id, heading, all, dated, limit }) => ({
    id,
    heading: translator.t(heading),
    allLabel: translator.t(all),
    href: urls.listing(locale, collection),
    dated,
    items: buildListing(map, collection, locale, urls, listingOrder<E>(collection, organisations)).slice(0, limit),
  }));
}
