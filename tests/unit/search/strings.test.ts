import { describe, it, expect } from 'vitest';
import { buildSearchConfig, buildSearchStrings } from '../../../src/lib/search/strings';
import { searchRanking } from '../../../src/lib/search/ranking';
import { createUrls } from '../../../src/lib/routing/urls';
import { useTranslations } from '../../../src/i18n/translator';
import { locales } from '../../../src/i18n/locales';

describe('buildSearchStrings', () => {
  it('gives Ukrainian result counts in the forms one, few, many and other, with placeholders left for the browser', () => {
    const { results } = buildSearchStrings(useTranslations('uk'));
    expect(Object.keys(results).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(results.one).toBe('{{count}} результат за запитом «{{query}}»');
    expect(results.few).toBe('{{count}} результати за запитом «{{query}}»');
    expect(results.many).toBe('{{count}} результатів за запитом «{{query}}»');
  });

  it('has every string and every filter name in every language, none of them English outside English', () => {
    const en = buildSearchStrings(useTranslations('en'));
    for (const locale of locales) {
      const s = buildSearchStrings(useTranslations(locale));
      expect(Object.keys(s.filterNames), locale).toEqual(['type', 'partner', 'country', 'topic', 'year']);
      for (const value of [s.noResults, s.empty, s.loadError, ...Object.values(s.filterNames)]) expect(value.trim(), locale).not.toBe('');
      if (locale !== 'en') {
        expect(s.loadError, locale).not.toBe(en.loadError);
        expect(s.filterNames.topic, locale).not.toBe(en.filterNames.topic);
      }
    }
    expect(buildSearchStrings(useTranslations('bg')).section).toBe('Раздел: {{title}}');
  });
});

describe('the search page in the editors\' preview', () => {
  it('names the command that makes search work, in the page\'s language, instead of "try again later"', () => {
    expect(buildSearchStrings(useTranslations('en'), { preview: true }).loadError).toBe('Search needs a build: run npm start in the terminal, then open the address it shows.');
    for (const locale of locales) {
      const built = buildSearchStrings(useTranslations(locale));
      const preview = buildSearchStrings(useTranslations(locale), { preview: true });
      expect(preview.loadError, locale).toContain('npm start');
      expect(preview.loadError, locale).not.toBe(built.loadError);
      if (locale !== 'en') expect(preview.loadError, locale).not.toBe(buildSearchStrings(useTranslations('en'), { preview: true }).loadError);
    }
  });

  it('passes the preview mode on from the page configuration', () => {
    const urls = createUrls({ base: '/', site: 'https://itbridge.test' });
    expect(buildSearchConfig(useTranslations('uk'), urls, undefined, { preview: true }).strings.loadError).toMatch(/^Пошук працює лише на зібраному сайті/);
    expect(buildSearchConfig(useTranslations('uk'), urls).strings.loadError).toMatch(/^Пошук недоступний/);
  });
});

describe('buildSearchConfig', () => {
  it('hands the search element the ranking options of every search, as JSON survives them', () => {
    const config = buildSearchConfig(useTranslations('es'), createUrls({ base: '/', site: 'https://itbridge.test' }));
    expect(JSON.parse(JSON.stringify(config)).ranking).toEqual(searchRanking);
  });
});
