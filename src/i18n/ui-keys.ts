import { locales, getLocaleInfo, type Locale } from './locales';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** A key without its plural suffix. @example baseKeyOf('search.results_few') // 'search.results' */
export function baseKeyOf(key: string): string {
  return key.replace(pluralSuffix, '');
}

/** True for one plural form of a counted string. @example isPluralKey('listing.count_one') // true */
export function isPluralKey(key: string): boolean {
  return pluralSuffix.test(key);
}

/** Flattens nested resources into dotted keys, leaving out translator notes. */
export function flattenUi(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    if (!prefix && k === '_notes') continue;
    if (v && typeof v === 'object') for (const [kk, vv] of flattenUi(v as Record<string, unknown>, `${prefix}${k}.`)) out.set(kk, vv);
    else out.set(`${prefix}${k}`, String(v));
  }
  return out;
}

/**
 * Keys of the English UI file that a locale lacks, counting plural keys by the forms that locale's
 * grammar needs (Ukrainian needs _one, _few, _many and _other).
 * @example findMissingUiKeys(uiResources).uk // ['search.results_few'] when that form is missing
 */
export function findMissingUiKeys(resources: Record<Locale, Record<string, unknown>>): Record<Locale, string[]> {
  const english = flattenUi(resources.en);
  const bases = new Set([...english.keys()].map(baseKeyOf));
  const plural = new Set([...english.keys()].filter(isPluralKey).map(baseKeyOf));
  return Object.fromEntries(
    locales.map((locale) => {
      const own = flattenUi(resources[locale] ?? {});
      const categories = new Intl.PluralRules(getLocaleInfo(locale).intl).resolvedOptions().pluralCategories;
      const missing = [...bases].flatMap((base) =>
        plural.has(base) ? categories.map((c) => `${base}_${c}`).filter((k) => !own.has(k)) : own.has(base) ? [] : [base],
      );
      return [locale, missing];
    }),
  ) as Record<Locale, string[]>;
}
