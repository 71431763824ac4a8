import type { Locale } from '../../i18n/locales';
import type { UiKey } from '../../i18n/translator';
import type { UrlBuilder } from './urls';

export type NavSection = 'home' | 'news' | 'guides' | 'studies' | 'partners' | 'about' | 'search';

export interface NavItem {
  section: NavSection;
  labelKey: UiKey;
  href: string;
  current: boolean;
}

/**
 * The header navigation for one locale; `current` marks the section the page belongs to.
 * @example buildNavigation('ro', urls, 'news').find((i) => i.current)?.href // '/ro/news/'
 */
export function buildNavigation(locale: Locale, urls: UrlBuilder, current?: NavSection): NavItem[] {
  const items: [NavSection, UiKey, string][] = [
    ['home', 'nav.home', urls.home(locale)],
    ['news', 'nav.news', urls.listing(locale, 'news')],
    ['guides', 'nav.guides', urls.listing(locale, 'guides')],
    ['studies', 'nav.studies', urls.listing(locale, 'studies')],
    ['partners', 'nav.partners', urls.listing(locale, 'partners')],
    ['about', 'nav.about', urls.entry(locale, 'pages', 'about')],
    // A plain link: the search code loads on the search page only, never on the page linking to it.
    ['search', 'search.open', urls.search(locale)],
  ];
  return items.map(([section, labelKey, href]) => ({ section, labelKey, href, current: section === current }));
}
