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
