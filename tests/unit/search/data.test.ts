import { describe, it, expect } from 'vitest';
import { buildSearchData } from '../../../src/lib/search/data';
import { bodyWeights } from '../../../src/lib/search/ranking';
import { useTranslations } from '../../../src/i18n/translator';

const organisations = new Map([
  ['kharkiv-it-cluster', { data: { name: 'Kharkiv IT Cluster', country: 'UA', city: { en: 'Kharkiv', uk: 'Харків' } } }],
  ['cluster-digital-de-catalunya', { data: { name: 'Cluster Digital de Catalunya', country: 'ES', city: {} } }],
]);
const description = 'A one-sentence summary of the page.';

describe('buildSearchData', () => {
  it("keeps a partner profile's city and country findable in the page language, as the facts list shows them", () => {
    const data = buildSearchData({
      collection: 'partners',
      slug: 'kharkiv-it-cluster',
      neutral: {},
      description,
      organisations,
      translator: useTranslations('uk'),
    });
    expect(data.findable).toEqual({ description, location: 'Харків, Україна' });
    expect(data.filters.country).toEqual(['Україна']);
  });

  it('gives the country alone where the city is not known in that language', () => {
    const data = buildSearchData({
      collection: 'partners',
      slug: 'cluster-digital-de-catalunya',
      neutral: {},
      description,
      organisations,
      translator: useTranslations('es'),
    });
    expect(data.findable.location).toBe('España');
  });

  it("keeps a guide's topic labels findable in the page language, and not the locations of the partners it names", () => {
    const data = buildSearchData({
      collection: 'guides',
      slug: 'market-entry',
      neutral: { topics: ['legal-compliance', 'market-entry'], partners: [{ id: 'kharkiv-it-cluster', collection: 'organisations' }] },
      description,
      organisations,
      translator: useTranslations('en'),
    });
    expect(data.findable).toEqual({ description, topics: 'Legal and compliance, EU market entry' });
  });

  it("keeps a news item's dateline place findable", () => {
    const data = buildSearchData({
      collection: 'news',
      slug: 'kickoff',
      neutral: { pubDate: new Date('2025-02-13'), topics: ['networking'] },
      description,
      dateline: 'Клуж-Напока',
      organisations,
      translator: useTranslations('bg'),
    });
    expect(data.findable.location).toBe('Клуж-Напока');
    expect(data.meta.date).toBeTruthy();
  });

  it("weighs a standalone page's text as the ranking module says, and a guide's at Pagefind's default", () => {
    const page = buildSearchData({ collection: 'pages', slug: 'privacy', neutral: {}, description, organisations, translator: useTranslations('ro') });
    const guide = buildSearchData({ collection: 'guides', slug: 'x', neutral: {}, description, organisations, translator: useTranslations('ro') });
    expect(page.bodyWeight).toBe(bodyWeights.pages);
    expect(guide.bodyWeight).toBe(1);
    expect(page.findable).toEqual({ description });
  });
});
