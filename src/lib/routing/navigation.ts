import type { Locale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/translator';
import { listedCollections, type NavSection } from '../content/collections';
import type { UrlBuilder } from './urls';

export interface NavItem {
  section: NavSection;
  labelKey: UiKey;
  href: string;
  current: boolean;
}

/**
 * The header navigation for one locale: home, the listed collections in registry order, about and
 * search; `current` marks the section the page belongs to.
 * @example buildNavigation('ro', urls, 'news').find((i) => i.current)?.href // '/ro/news/'
 */
export function buildNavigation(locale: Locale, urls: UrlBuilder, current?: NavSection): NavItem[] {
  const items: { section: NavSection; labelKey: UiKey; href: string }[] = [
    { section: 'home', labelKey: 'nav.home', href: urls.home(locale) },
    ...listedCollections.map((collection) => ({ section: collection, labelKey: `nav.${collection}` as const, href: urls.listing(locale, collection) })),
    { section: 'about', labelKey: 'nav.about', href: urls.entry(locale, 'pages', 'about') },
    // A plain link: the search code loads on the search page only, never on the page linking to it.
    { section: 'search', labelKey: 'search.open', href: urls.search(locale) },
  ];
  return items.map((item) => ({ ...item, current: item.section === current }));
}

/**
 * The query parameter the search page reads its query from (src/lib/search/search-ui.ts); the header's
 * search form submits under this name, so a reader lands on the results with zero JavaScript on the
 * page they came from.
 */
export const searchQueryParam = 'q';

/**
 * Whether the header carries its search field: on every page but the search page, whose own field
 * would otherwise be doubled by a second, empty one above it.
 * @example showsHeaderSearch('news') // true
 * @example showsHeaderSearch('search') // false
 */
export function showsHeaderSearch(section: NavSection | undefined): boolean {
  return section !== 'search';
}

/**
 * The switcher link of the page's own language, named in the language selector's summary.
 * @throws when `links` has no link for `locale` (a switcher built for another page).
 * @example currentLanguage(buildSwitcherLinks('uk', urls.home), 'uk').nativeName // 'Українська'
 */
export function currentLanguage<L extends { locale: Locale }>(links: readonly L[], locale: Locale): L {
  const link = links.find((l) => l.locale === locale);
  if (!link) throw new Error(`language switcher: no link for the current locale "${locale}"`);
  return link;
}
