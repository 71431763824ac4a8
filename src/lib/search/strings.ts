import { getLocaleInfo, locales, type Locale } from '../../i18n/locales';
import type { AliasTable } from './aliases';
import type { Translator } from '../../i18n/translator';
import type { UrlBuilder } from '../routing/urls';
import { searchFilterKeys } from './data';
import { searchRanking, type PagefindRanking } from './ranking';

/**
 * Every string the search script shows, in one locale, taken from the translation files at build time.
 * Counted strings carry the plural forms the language needs (Ukrainian one/few/many/other), chosen in
 * the browser with Intl.PluralRules; `{{count}}`, `{{query}}` and `{{title}}` are filled in there as text.
 * In the editors' preview (`npm run dev`, no search index) the load error names the command that makes
 * search work instead of "try again later".
 * @example buildSearchStrings(useTranslations('en'), { preview: true }).loadError // 'Search needs a build: run npm start …'
 */
export function buildSearchStrings(translator: Translator, { preview = false }: SearchPageMode = {}) {
  const { t } = translator;
  return {
    results: translator.pluralTemplates('search.results'),
    noResults: t('search.noResults', { query: '{{query}}' }),
    empty: t('search.empty'),
    unsearchable: t('search.unsearchable'),
    loading: t('search.loading'),
    loadError: preview ? t('preview.searchNeedsBuild') : t('search.loadError'),
    filters: t('search.filters'),
    clearFilters: t('search.clearFilters'),
    more: t('search.more'),
    section: t('search.section', { title: '{{title}}' }),
    showingFor: t('search.showingFor', { query: '{{query}}' }),
    searchInstead: t('search.searchInstead', { query: '{{query}}' }),
    partial: t('search.partial'),
    quoted: t('search.quoted', { text: '{{text}}' }),
    missing: translator.pluralTemplates('search.missing'),
    unknown: translator.pluralTemplates('search.unknown'),
    onlyIn: Object.fromEntries(locales.map((l) => [l, t('search.onlyIn', { context: l })])) as Record<Locale, string>,
    filterNames: Object.fromEntries(searchFilterKeys.map((key) => [key, t(`search.filterNames.${key}`)])),
  };
}

/** Where the search page is served: the editors' preview (`astro dev`, where Pagefind's index does not exist), or a build. */
export interface SearchPageMode {
  preview?: boolean;
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
  /** The vocabulary's files (first letter → file under `base`) for spelling corrections; none in `astro dev` builds without it. */
  lexicon: { base: string; files: Record<string, string> };
  /** Names in other languages, scripts and spellings → this language's form. */
  aliases: AliasTable;
  /** The bundle of documents not yet translated into this language, when there are any. */
  untranslatedBundle?: string;
  /** Pagefind's ranking options (ranking.ts), passed on with `pagefind.options({ ranking })`. */
  ranking: PagefindRanking;
}

/** What the build knows about the language's search data (src/lib/search/site-search-data.ts). */
export interface SearchDataSummary {
  files: Record<string, string>;
  aliases: AliasTable;
  untranslated: number;
}

/**
 * The search element's configuration for one locale.
 * @example buildSearchConfig(useTranslations('uk'), urls).bundle // '/pagefind/'
 */
export function buildSearchConfig(
  translator: Translator,
  urls: UrlBuilder,
  data: SearchDataSummary = { files: {}, aliases: [], untranslated: 0 },
  mode: SearchPageMode = {},
): SearchConfig {
  return {
    locale: translator.locale,
    intl: getLocaleInfo(translator.locale).intl,
    bundle: urls.searchBundle(),
    base: urls.chooser(),
    strings: buildSearchStrings(translator, mode),
    lexicon: { base: urls.searchData(translator.locale), files: data.files },
    aliases: data.aliases,
    ...(data.untranslated > 0 ? { untranslatedBundle: urls.untranslatedBundle() } : {}),
    ranking: searchRanking,
  };
}
