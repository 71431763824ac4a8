import { describe, it, expect } from 'vitest';
import { chooseListingCountKey } from '../../../src/lib/page-data/listing-count';
import { useTranslations } from '../../../src/i18n/translator';
import { locales } from '../../../src/i18n/locales';

describe('chooseListingCountKey', () => {
  it('counts partners on the partners listing and publications on the others', () => {
    expect(chooseListingCountKey('partners')).toBe('collections.partners.count');
    expect(chooseListingCountKey('news')).toBe('listing.count');
    expect(chooseListingCountKey('guides')).toBe('listing.count');
  });

  it('says the Ukrainian for partners with the right plural form', () => {
    const { t } = useTranslations('uk');
    const key = chooseListingCountKey('partners');
    expect(t(key, { count: 1 })).toBe('1 партнер');
    expect(t(key, { count: 3 })).toBe('3 партнери');
    expect(t(key, { count: 5 })).toBe('5 партнерів');
    expect(t(key, { count: 21 })).toBe('21 партнер');
  });

  it('never calls partners publications in any language', () => {
    for (const locale of locales) {
      const text = useTranslations(locale).t(chooseListingCountKey('partners'), { count: 5 });
      expect(text, locale).not.toBe(useTranslations(locale).t('listing.count', { count: 5 }));
    }
  });
});
