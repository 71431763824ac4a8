import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { buildHomeSections } from '../../../src/lib/page-data/home';
import { useTranslations } from '../../../src/i18n/translator';
import { entry, rootUrls as urls } from '../../helpers/entries';

const organisations = new Map([
  ['zeta-cluster', { id: 'zeta-cluster', data: { name: 'Zeta Cluster', role: 'coordinator' as const } }],
  ['alpha-cluster', { id: 'alpha-cluster', data: { name: 'Alpha Cluster', role: 'partner' as const } }],
]);
const map = buildTranslationMap([
  ...['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'].map((d, i) => entry('news', 'en', `news-${i}`, { pubDate: new Date(d) })),
  entry('news', 'ro', 'news-3'),
  entry('guides', 'en', 'guide', { pubDate: new Date('2025-01-01') }),
  entry('partners', 'en', 'alpha-cluster'),
  entry('partners', 'en', 'zeta-cluster'),
]);

describe('buildHomeSections', () => {
  const sections = buildHomeSections(map, organisations, useTranslations('ro'), urls);

  it('shows news, guides and partners in that order, each linking to its listing in the reader’s language', () => {
    expect(sections.map((s) => [s.id, s.href])).toEqual([
      ['latest-news', '/ro/news/'],
      ['guides', '/ro/guides/'],
      ['partners', '/ro/partners/'],
    ]);
    expect(sections[0]!.heading).toBe(useTranslations('ro').t('home.latestNews'));
  });

  it('keeps the three newest news items, the translated one first, the others marked as untranslated', () => {
    expect(sections[0]!.items.map((i) => [i.doc.slug, i.isFallback])).toEqual([
      ['news-3', false],
      ['news-2', true],
      ['news-1', true],
    ]);
    expect(sections[0]!.dated).toBe(true);
  });

  it('lists every partner, the coordinator first, as the partners listing does', () => {
    expect(sections[2]!.items.map((i) => i.doc.slug)).toEqual(['zeta-cluster', 'alpha-cluster']);
  });
});
