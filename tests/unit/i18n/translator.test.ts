import { describe, it, expect } from 'vitest';
import { locales, getLocaleInfo, type Locale } from '../../../src/i18n/locales';
import { uiResources, useTranslations } from '../../../src/i18n/translator';
import { flattenUi, findMissingUiKeys, baseKeyOf, isPluralKey } from '../../../src/i18n/ui-keys';

const english = flattenUi(uiResources.en);
const baseKeys = new Set([...english.keys()].map(baseKeyOf));
const pluralBases = new Set([...english.keys()].filter(isPluralKey).map(baseKeyOf));

/** Plural categories a locale's grammar needs, from CLDR via Intl (uk: one few many other). */
function categories(locale: Locale): string[] {
  return new Intl.PluralRules(getLocaleInfo(locale).intl).resolvedOptions().pluralCategories;
}

describe('UI strings', () => {
  it('declares the plural categories each language needs', () => {
    expect(categories('uk').sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(categories('ro').sort()).toEqual(['few', 'one', 'other']);
    expect(categories('bg').sort()).toEqual(['one', 'other']);
  });

  for (const locale of locales) {
    describe(locale, () => {
      const own = flattenUi(uiResources[locale]);

      it('has every key of the English file and no extra ones', () => {
        const ownBases = new Set([...own.keys()].map(baseKeyOf));
        expect([...baseKeys].filter((k) => !ownBases.has(k))).toEqual([]);
        expect([...ownBases].filter((k) => !baseKeys.has(k))).toEqual([]);
      });

      it('has every plural form its language needs for each counted string', () => {
        expect(findMissingUiKeys(uiResources)[locale]).toEqual([]);
        // The check itself knows which forms each language needs.
        for (const base of pluralBases) expect(categories(locale).every((cat) => own.has(`${base}_${cat}`)), base).toBe(true);
      });

      it('has no empty strings and no HTML', () => {
        for (const [key, value] of own) {
          expect(value.trim(), key).not.toBe('');
          expect(value, key).not.toMatch(/<[a-z/]/i);
        }
      });

      it('keeps every {{placeholder}} of the English string', () => {
        for (const [key, value] of own) {
          const enValue = english.get(key) ?? english.get(`${baseKeyOf(key)}_other`);
          if (!enValue) continue;
          const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
          expect(names(value), key).toEqual(names(enValue));
        }
      });

      if (locale !== 'en') {
        it('does not paste English strings (brand names excepted)', () => {
          const allowed = new Set(['site.name', 'meta.titleTemplate']);
          const pasted = [...own]
            .filter(([key, value]) => !allowed.has(key) && english.get(key) === value && !/^ITBridge$/.test(value))
            .map(([key]) => key);
          expect(pasted).toEqual([]);
        });
      }
    });
  }
});

describe('useTranslations', () => {
  it('chooses Ukrainian plural forms one, few and many', () => {
    const { t } = useTranslations('uk');
    const one = t('listing.count', { count: 1 });
    const few = t('listing.count', { count: 3 });
    const many = t('listing.count', { count: 5 });
    expect(one).toMatch(/^1 /);
    expect(new Set([one.slice(2), few.slice(2), many.slice(2)]).size).toBe(3);
    expect(t('listing.count', { count: 21 }).slice(3)).toBe(one.slice(2));
    expect(t('listing.count', { count: 22 }).slice(3)).toBe(few.slice(2));
    expect(t('listing.count', { count: 11 }).slice(3)).toBe(many.slice(2));
  });

  it('chooses Romanian plural forms one, few and other ("de" from 20 on)', () => {
    const { t } = useTranslations('ro');
    expect(t('listing.count', { count: 1 })).toMatch(/^1 /);
    expect(t('listing.count', { count: 2 })).not.toMatch(/ de /);
    expect(t('listing.count', { count: 20 })).toMatch(/^20 de /);
    expect(t('listing.count', { count: 101 })).not.toMatch(/ de /);
  });

  it('selects the sentence for the language of the original (context)', () => {
    const { t } = useTranslations('bg');
    expect(t('fallback.notice', { context: 'en' })).not.toBe(t('fallback.notice', { context: 'uk' }));
  });

  it('throws instead of printing a raw key', () => {
    const { t } = useTranslations('es');
    expect(() => t('nav.nowhere' as never)).toThrow(/Missing UI string "nav.nowhere" for locale "es"/);
  });

  it('formats dates in each language as FACTS.md shows', () => {
    const date = new Date('2025-02-13T00:00:00Z');
    expect(useTranslations('uk').formatDate(date)).toBe('13 лютого 2025 р.');
    expect(useTranslations('bg').formatDate(date)).toBe('13 февруари 2025 г.');
    expect(useTranslations('ro').formatDate(date)).toBe('13 februarie 2025');
    expect(useTranslations('es').formatDate(date)).toBe('13 de febrero de 2025');
    expect(useTranslations('en').formatDate(date)).toBe('13 February 2025');
    expect(useTranslations('en').isoDate(date)).toBe('2025-02-13');
  });

  it('formats numbers and names countries in the reader’s language', () => {
    expect(useTranslations('uk').formatNumber(1234567)).toMatch(/^1\s234\s567$/);
    expect(useTranslations('es').countryName('UA')).toBe('Ucrania');
    expect(useTranslations('uk').countryName('RO')).toBe('Румунія');
  });

  it('keeps one instance per locale, so concurrent pages never mix languages', () => {
    const uk = useTranslations('uk');
    const en = useTranslations('en');
    expect(uk.t('nav.news')).not.toBe(en.t('nav.news'));
    expect(useTranslations('uk')).toBe(uk);
  });
});

describe('useTranslations on a group of strings', () => {
  it('throws instead of printing the group key', () => {
    expect(() => useTranslations('en').t('partner.role' as never)).toThrow(/Missing UI string "partner.role"/);
    expect(() => useTranslations('uk').t('nav' as never)).toThrow(/Missing UI string "nav"/);
  });
});
