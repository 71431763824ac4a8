import { describe, it, expect } from 'vitest';
import { activeFacetKeys, buildFacetGroups, formatFacetCount, toPagefindFilters } from '../../../src/lib/search/facets';

const keys = ['type', 'partner', 'year'] as const;
const counts = {
  type: { Guide: 4, News: 1, 'Market study': 0 },
  partner: { 'Kharkiv IT Cluster': 3, 'Odesa IT Family': 2 },
  year: { '2025': 5 },
};

describe('formatFacetCount', () => {
  it('writes the count in the reader’s number format, in brackets', () => {
    expect(formatFacetCount(4, 'en-GB')).toBe('(4)');
    expect(formatFacetCount(1234, 'en-GB')).toBe('(1,234)');
    expect(formatFacetCount(1234, 'uk-UA')).toBe('(1\u00a0234)');
  });
});

describe('buildFacetGroups', () => {
  it('hides a filter with a single option: "Year: 2025" alone filters nothing', () => {
    const groups = buildFacetGroups(keys, counts, new Map(), 'en-GB');
    expect(groups.map((g) => g.key)).toEqual(['type', 'partner']);
  });

  it('leaves out options without results and gives each option its count, alphabetically', () => {
    const [type] = buildFacetGroups(keys, counts, new Map(), 'en-GB');
    expect(type!.options.map((o) => [o.value, o.count, o.countText, o.checked])).toEqual([
      ['Guide', 4, '(4)', false],
      ['News', 1, '(1)', false],
    ]);
  });

  it('keeps a checked option, even one without results, so the reader can uncheck it', () => {
    const selected = new Map([['year', new Set(['2025'])], ['type', new Set(['Market study'])]]);
    const groups = buildFacetGroups(keys, counts, selected, 'en-GB');
    expect(groups.map((g) => g.key)).toEqual(['type', 'partner', 'year']);
    expect(groups[0]!.options.find((o) => o.value === 'Market study')).toMatchObject({ count: 0, checked: true });
    expect(groups[2]!.options).toEqual([{ value: '2025', count: 5, countText: '(5)', checked: true }]);
  });

  it('sorts options in the reader’s alphabet', () => {
    const [group] = buildFacetGroups(['topic'], { topic: { Навчання: 1, Інтернаціоналізація: 2, 'Вихід на ринок ЄС': 1 } }, new Map(), 'uk-UA');
    expect(group!.options.map((o) => o.value)).toEqual(['Вихід на ринок ЄС', 'Інтернаціоналізація', 'Навчання']);
  });

  it('shows nothing when the query found nothing and no filter is checked', () => {
    expect(buildFacetGroups(keys, { type: { Guide: 0, News: 0 } }, new Map(), 'en-GB')).toEqual([]);
  });
});

describe('toPagefindFilters and activeFacetKeys', () => {
  const selected = new Map([
    ['type', new Set(['Guide', 'News'])],
    ['year', new Set(['2025'])],
    ['topic', new Set<string>()],
  ]);

  it('turns the checked values into "any of" filters, skipping empty groups', () => {
    expect(toPagefindFilters(selected)).toEqual({ type: { any: ['Guide', 'News'] }, year: { any: ['2025'] } });
    expect(activeFacetKeys(selected)).toEqual(['type', 'year']);
  });

  it('leaves one group out, to count that group’s options against the other filters only', () => {
    expect(toPagefindFilters(selected, 'type')).toEqual({ year: { any: ['2025'] } });
    expect(toPagefindFilters(new Map([['type', new Set(['Guide'])]]), 'type')).toEqual({});
  });
});
