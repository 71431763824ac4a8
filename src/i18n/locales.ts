/**
 * THE locale registry. Every other part of the site — Astro config, routes, sitemap, language switcher,
 * feeds, search and tests — derives its list of languages from here. To add a language: add one entry
 * below; add `ui/<code>.json` and import it in `translator.ts` (a type error until you do); and, in
 * every UI file, add the `_<code>` variants of the keys that name a language inside a sentence
 * (`listing.notTranslated`, `fallback.notice`, `fallback.readOriginal`: case-inflected languages cannot
 * fill a language name into one sentence). `npm run check:content` lists any key still missing.
 */
export const localeRegistry = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', intl: 'en-GB', og: 'en_GB' },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', dir: 'ltr', intl: 'uk-UA', og: 'uk_UA' },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr', intl: 'ro-RO', og: 'ro_RO' },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', intl: 'es-ES', og: 'es_ES' },
  { code: 'bg', nativeName: 'Български', englishName: 'Bulgarian', dir: 'ltr', intl: 'bg-BG', og: 'bg_BG' },
] as const;

export type LocaleInfo = (typeof localeRegistry)[number];
export type Locale = LocaleInfo['code'];

/** All locale codes in registry order, e.g. `['en', 'uk', 'ro', 'es', 'bg']`. */
export const locales: readonly Locale[] = localeRegistry.map((l) => l.code);

/** The locale whose URLs are the canonical originals by default and whose UI file defines the string keys. */
export const defaultLocale: Locale = 'en';

/** Type guard: `isLocale('uk') === true`, `isLocale('ua') === false`. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Parses an untrusted string (route param, folder name) into a Locale, or throws an error that names
 * the allowed codes. There is deliberately no silent default to English.
 * @example parseLocale('bg') // 'bg'
 */
export function parseLocale(value: unknown, where = 'value'): Locale {
  if (isLocale(value)) return value;
  throw new Error(
    `Unknown locale "${String(value)}" in ${where}. Allowed locales: ${locales.join(', ')} ` +
      `(BCP-47 codes: Ukrainian is "uk", never "ua" or "uk-UA").`,
  );
}

/** Registry entry for a locale. @example getLocaleInfo('uk').nativeName // 'Українська' */
export function getLocaleInfo(locale: Locale): LocaleInfo {
  const info = localeRegistry.find((l) => l.code === locale);
  if (!info) throw new Error(`Locale "${locale}" is not in the registry`);
  return info;
}
