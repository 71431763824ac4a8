import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { buildPartnerIndex, groupByYear } from '../../../src/lib/content/indexes';
import { entry, fixtureToday } from '../../helpers/entries';

const doc = (collection: 'news' | 'guides', slug: string, pubDate: string, partners: string[] = []) =>
  entry(collection, 'en', slug, { pubDate: new Date(pubDate), partners: partners.map((id) => ({ id, collection: 'organisations' as const })) });

describe('buildPartnerIndex', () => {
  it('lists every document that names a partner, newest first', () => {
    const map = buildTranslationMap([
      doc('news', 'kickoff', '2025-02-13', ['alpha', 'beta']),
      doc('guides', 'market-entry', '2025-03-03', ['alpha']),
      doc('news', 'other', '2025-04-01', ['beta']),
    ], { today: fixtureToday });
    const index = buildPartnerIndex(map.documents);
    expect(index.get('alpha')?.map((d) => d.slug)).toEqual(['market-entry', 'kickoff']);
    expect(index.get('beta')?.map((d) => d.slug)).toEqual(['other', 'kickoff']);
    expect(index.get('gamma')).toBeUndefined();
  });
});

describe('groupByYear', () => {
  it('groups by the UTC year of pubDate, newest year and newest item first', () => {
    const map = buildTranslationMap([
      doc('news', 'a', '2025-02-13'),
      doc('news', 'b', '2026-01-01'),
      doc('news', 'c', '2025-12-31'),
    ], { today: fixtureToday });
    const years = groupByYear(map.documents);
    expect([...years.keys()]).toEqual([2026, 2025]);
    expect(years.get(2025)?.map((d) => d.slug)).toEqual(['c', 'a']);
  });

  it('leaves out documents without a date', () => {
    const map = buildTranslationMap([{ id: 'en/x', collection: 'pages', filePath: 'x', data: { draft: false } }], { today: fixtureToday });
    expect(groupByYear(map.documents).size).toBe(0);
  });
});
