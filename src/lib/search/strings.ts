import { getLocaleInfo, type Locale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import type { UrlBuilder } from '../routing/urls';
import { searchFilterKeys } from './data';
import { searchRanking, type PagefindRanking } from './ranking';

/**
 * Every string the search script shows, in one locale, taken from the translation files at build time.
 * Counted strings carry the plural forms the language needs (Ukrainian one/few/many/other), chosen in
 * the browser with Intl.PluralRules; `{{count}}`, `{{query}}` and `{{title}}` are filled in there as text.
 */
export function buildSearchStrings(translator: Translator) {
  const { t } = translator;
  return {
    results: translator.pluralTemplates('search.results'),
    noResults: t('search.noResults', { query: '{{query}}' }),
    empty: t('search.empty'),
    unsearchable: t('search.unsearchable'),
    loading: t('search.loading'),
    loadError: t('search.loadError'),
    filters: t('search.filters'),
    clearFilters: t('search.clearFilters'),
    more: t('search.more'),
    section: t('search.section', { title: '{{title}}' }),
    filterNames: Object.fromEntries(searchFilterKeys.map((key) => [key, t(`search.filterNames.${key}`)])),
  };
}

/** The strings of one locale's search page, as the browser element reads them. */
export type SearchStrings = ReturnType<typeof buildSearchStrings>;

/** What the search page hands to its element, as JSON inside the page: one type on both sides. */
export interface SearchConfig {
  locale: Locale;
  /** Intl locale for plural rules and number formats, e.g. uk-UA. */
  intl: string;
  /** Where Pagefind's bundle is served. */
  bundle: string;
  /** The site's base path, to turn Pagefind's URLs into links. */
  base: string;
  strings: SearchStrings;
  /** Pagefind's ranking options (ranking.ts), passed on with `pagefind.options({ ranking })`. */
  ranking: PagefindRanking;
}

/**
 * The search element's configuration for one locale.
 * @example buildSearchConfig(useTranslations('uk'), urls).bundle // '/pagefind/'
 */
export function buildSearchConfig(translator: Translator, urls: UrlBuilder): SearchConfig {
  return {
    locale: translator.locale,
    intl: getLocaleInfo(translator.locale).intl,
    bundle: urls.searchBundle(),
    base: urls.chooser(),
    strings: buildSearchStrings(translator),
    ranking: searchRanking,
  };
}
