import type { Translator } from '../../i18n/translator';
import { searchFilterKeys } from './data';

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
