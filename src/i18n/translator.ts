import { createInstance, type TFunction } from 'i18next';
import { locales, getLocaleInfo, type Locale } from './locales';
import { isoDate } from '../lib/format/iso-date';
import en from './ui/en.json';
import uk from './ui/uk.json';
import ro from './ui/ro.json';
import es from './ui/es.json';
import bg from './ui/bg.json';

/** UI resources per locale. Keyed by the registry so a missing file is a type error. */
export const uiResources: Record<Locale, Record<string, unknown>> = { en, uk, ro, es, bg };

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type ContextSuffix = `_${Locale}`;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends Record<string, unknown> ? Leaves<T[K], `${P}${K}.`> : `${P}${K}`;
}[keyof T & string];
type StripSuffix<K extends string> = K extends `${infer B}${PluralSuffix}`
  ? B
  : K extends `${infer B}${ContextSuffix}`
    ? B
    : K;

/** Every UI string key, derived from the English file (plural and context suffixes removed). */
export type UiKey = Exclude<StripSuffix<Leaves<typeof en>>, `_notes.${string}`>;

export interface TranslateOptions {
  count?: number;
  /** Language of the original text, for keys with `_<locale>` context variants. */
  context?: Locale;
  [placeholder: string]: string | number | undefined;
}

export interface Translator {
  locale: Locale;
  /** Translated whole sentence; throws if the key is missing so no raw key ever reaches a page. */
  t: (key: UiKey, options?: TranslateOptions) => string;
  /**
   * The raw templates of a counted string, one per plural category this language uses, for code that
   * picks the form itself (the search page's script, with Intl.PluralRules).
   * @example pluralTemplates('search.results').few // uk: '{{count}} результати за запитом «{{query}}»'
   */
  pluralTemplates: (key: UiKey) => Partial<Record<Intl.LDMLPluralRule, string>>;
  /** A calendar date in the locale's long format, e.g. uk "13 лютого 2025 р.". */
  formatDate: (date: Date) => string;
  /** ISO 8601 date (YYYY-MM-DD) for `<time datetime>`. */
  isoDate: (date: Date) => string;
  formatNumber: (value: number) => string;
  /** A file size in the locale's units, e.g. in `uk`: formatFileSize(1_250_000) === '1,3 МБ'. */
  formatFileSize: (bytes: number) => string;
  /** Name of a language in this locale, e.g. in `bg`: languageName('uk') === 'украински'. */
  languageName: (code: Locale) => string;
  /** Name of a country in this locale, e.g. in `es`: countryName('UA') === 'Ucrania'. */
  countryName: (isoCode: string) => string;
}

const cache = new Map<Locale, Translator>();

/**
 * One i18next instance per locale (never the global `changeLanguage`, which mixes languages when pages
 * render concurrently). Instances are created once per build and reused.
 * @example useTranslations('uk').t('listing.count', { count: 5 }) // '5 публікацій'
 */
export function useTranslations(locale: Locale): Translator {
  const cached = cache.get(locale);
  if (cached) return cached;
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: [...locales],
    resources: Object.fromEntries(locales.map((l) => [l, { translation: uiResources[l] }])),
    initAsync: false,
    interpolation: { escapeValue: false }, // Astro escapes on output; escaping twice shows &amp; to readers.
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  const fixed: TFunction = instance.getFixedT(locale);
  const intl = getLocaleInfo(locale).intl;
  const dateFormat = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(intl);
  const languageNames = new Intl.DisplayNames([intl], { type: 'language' });
  const regionNames = new Intl.DisplayNames([intl], { type: 'region' });

  const memo = new Map<string, string>();
  const translator: Translator = {
    locale,
    t: (key, options) => {
      // Every page asks for the same few dozen strings; i18next's lookup was the build's largest own
      // cost at 1,000 documents per locale (npm run bench), so each (key, options) is resolved once.
      const cacheKey = options ? `${key}\u0000${JSON.stringify(options)}` : key;
      const hit = memo.get(cacheKey);
      if (hit !== undefined) return hit;
      const resolvedKey = options?.context ? `${key}_${options.context}` : key;
      // Context is resolved above by key name so that plural + context never combine ambiguously.
      const { context: _context, ...rest } = options ?? {};
      const raw: unknown = instance.getResource(locale, 'translation', resolvedKey);
      if (!instance.exists(resolvedKey, rest as never) || (typeof raw === 'object' && raw !== null)) {
        throw new Error(`Missing UI string "${resolvedKey}" for locale "${locale}" in src/i18n/ui/${locale}.json`);
      }
      const text = String(fixed(resolvedKey, rest));
      memo.set(cacheKey, text);
      return text;
    },
    pluralTemplates: (key) =>
      Object.fromEntries(
        new Intl.PluralRules(intl).resolvedOptions().pluralCategories.map((category) => {
          const template: unknown = instance.getResource(locale, 'translation', `${key}_${category}`);
          if (typeof template !== 'string') {
            throw new Error(`Missing UI string "${key}_${category}" for locale "${locale}" in src/i18n/ui/${locale}.json`);
          }
          return [category, template];
        }),
      ),
    formatDate: (date) => dateFormat.format(date),
    isoDate: (date) => isoDate(date),
    formatNumber: (value) => numberFormat.format(value),
    formatFileSize: (bytes) => {
      const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes, 100) / 1000, 'kilobyte'];
      return new Intl.NumberFormat(intl, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
    },
    languageName: (code) => languageNames.of(code) ?? code,
    countryName: (isoCode) => regionNames.of(isoCode) ?? isoCode,
  };
  cache.set(locale, translator);
  return translator;
}

