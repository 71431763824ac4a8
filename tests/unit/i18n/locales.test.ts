import { describe, it, expect } from 'vitest';
import { localeRegistry, locales, defaultLocale, isLocale, parseLocale, getLocaleInfo } from '../../../src/i18n/locales';

describe('the locale registry', () => {
  it('lists the five site languages in the order en, uk, ro, es, bg', () => {
    expect(locales).toEqual(['en', 'uk', 'ro', 'es', 'bg']);
  });

  it('derives the locale list from the registry entries', () => {
    expect(localeRegistry.map((l) => l.code)).toEqual([...locales]);
  });

  it('uses English as the default locale', () => {
    expect(defaultLocale).toBe('en');
  });

  it('uses only canonical BCP-47 codes, for both the code and the Intl locale', () => {
    for (const info of localeRegistry) {
      expect(Intl.getCanonicalLocales(info.code)).toEqual([info.code]);
      expect(Intl.getCanonicalLocales(info.intl)).toEqual([info.intl]);
    }
  });

  it('pairs every Intl locale with the same language code', () => {
    for (const info of localeRegistry) {
      expect(new Intl.Locale(info.intl).language).toBe(info.code);
    }
  });

  it('writes every Open Graph locale as the Intl locale with an underscore', () => {
    for (const info of localeRegistry) {
      expect(info.og).toBe(info.intl.replace('-', '_'));
    }
  });

  it('marks every language as left-to-right', () => {
    expect(localeRegistry.every((l) => l.dir === 'ltr')).toBe(true);
  });
});

describe('isLocale', () => {
  it.each(['en', 'uk', 'ro', 'es', 'bg'])('accepts "%s"', (code) => {
    expect(isLocale(code)).toBe(true);
  });

  it.each([['ua'], ['uk-UA'], ['EN'], [undefined], [''], ['de'], [null], [42]])('rejects %j', (value) => {
    expect(isLocale(value)).toBe(false);
  });
});

describe('parseLocale', () => {
  it('returns a valid locale unchanged', () => {
    expect(parseLocale('bg')).toBe('bg');
    expect(parseLocale('uk', 'route param')).toBe('uk');
  });

  it('throws a message naming the bad value, where it came from and the allowed locales', () => {
    expect(() => parseLocale('ua', 'content/news/ua')).toThrow(
      'Unknown locale "ua" in content/news/ua. Allowed locales: en, uk, ro, es, bg',
    );
  });

  it('tells the editor that Ukrainian is "uk", never "ua" or "uk-UA"', () => {
    expect(() => parseLocale('uk-UA')).toThrow(/Ukrainian is "uk", never "ua" or "uk-UA"/);
  });

  it('does not silently default to English for a missing value', () => {
    expect(() => parseLocale(undefined)).toThrow(/Unknown locale "undefined" in value/);
  });
});

describe('getLocaleInfo', () => {
  it.each([
    ['en', 'English', 'English', 'en-GB', 'en_GB'],
    ['uk', 'Українська', 'Ukrainian', 'uk-UA', 'uk_UA'],
    ['ro', 'Română', 'Romanian', 'ro-RO', 'ro_RO'],
    ['es', 'Español', 'Spanish', 'es-ES', 'es_ES'],
    ['bg', 'Български', 'Bulgarian', 'bg-BG', 'bg_BG'],
  ] as const)('describes %s as %s (%s), Intl %s, Open Graph %s', (code, nativeName, englishName, intl, og) => {
    expect(getLocaleInfo(code)).toMatchObject({ code, nativeName, englishName, intl, og });
  });

  it('throws for a code that is not in the registry', () => {
    expect(() => getLocaleInfo('ua' as never)).toThrow('Locale "ua" is not in the registry');
  });
});
