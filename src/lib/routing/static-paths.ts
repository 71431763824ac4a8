import { locales, getLocaleInfo, type Locale } from '../../i18n/locales';
import { resolveAllLocales, resolveVersion, type MapEntry, type TranslatedDocument, type TranslationMap, type ResolvedVersion } from '../content/translation-map';
import type { CollectionName } from '../content/collections';
import type { UrlBuilder } from './urls';

/** Static paths for a page that exists once per locale, with the locale as a typed prop: `[{ params: { locale: 'en' }, props: { locale: 'en' } }, …]`. */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

export interface DetailPage<E extends MapEntry> {
  params: { locale: Locale; slug: string };
  props: { doc: TranslatedDocument<E>; version: ResolvedVersion<E> };
}

/**
 * Static paths for the detail pages of one collection: every document in every locale, fallback pages
 * included, so that the language switcher never leads to a 404.
 */
export function buildDetailPages<E extends MapEntry>(map: TranslationMap<E>, collection: CollectionName): DetailPage<E>[] {
  return map.documents
    .filter((doc) => doc.collection === collection)
    .flatMap((doc) => resolveAllLocales(doc).map((version) => ({ params: { locale: version.locale, slug: doc.slug }, props: { doc, version } })));
}

export interface SwitcherLink {
  locale: Locale;
  nativeName: string;
  href: string;
  current: boolean;
}

/**
 * Language switcher links: every locale, in native names, each to the same page in that language
 * (a fallback page where no translation exists — never a 404).
 * @example buildSwitcherLinks('uk', (l) => urls.home(l))[0] // { locale: 'en', nativeName: 'English', href: '/en/', current: false }
 */
export function buildSwitcherLinks(current: Locale, pathFor: (locale: Locale) => string): SwitcherLink[] {
  return locales.map((locale) => ({
    locale,
    nativeName: getLocaleInfo(locale).nativeName,
    href: pathFor(locale),
    current: locale === current,
  }));
}

export interface ListingItem<E extends MapEntry> {
  doc: TranslatedDocument<E>;
  entry: E;
  /** Language of the text shown; differs from the reader's locale for untranslated items. */
  contentLocale: Locale;
  isFallback: boolean;
  href: string;
}

/**
 * Items of one collection for a listing in `locale`, in the given order. Untranslated documents are
 * included (marked by `isFallback`/`contentLocale`) and link to the fallback page in the reader's locale.
 */
export function buildListing<E extends MapEntry>(
  map: TranslationMap<E>,
  collection: CollectionName,
  locale: Locale,
  urls: UrlBuilder,
  compare: (a: TranslatedDocument<E>, b: TranslatedDocument<E>) => number,
): ListingItem<E>[] {
  return toListingItems(map.documents.filter((doc) => doc.collection === collection).sort(compare), locale, urls);
}

/**
 * Listing items for documents of any collections, in the order given: related content, topic pages and
 * a partner's publications use the same marking of untranslated items as the listings.
 */
export function toListingItems<E extends MapEntry>(
  docs: readonly TranslatedDocument<E>[],
  locale: Locale,
  urls: UrlBuilder,
): ListingItem<E>[] {
  return docs.map((doc) => {
    const { entry, contentLocale, isFallback } = resolveVersion(doc, locale);
    return { doc, entry, contentLocale, isFallback, href: urls.entry(locale, doc.collection, doc.slug) };
  });
}
