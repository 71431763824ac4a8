import { describe, it, expect } from 'vitest';
import {
  describeMiss,
  firstRelevantRank,
  formatSummaryTable,
  reciprocalRank,
  searchReport,
  summarizeRuns,
  targetFailures,
  untranslatedListingProblems,
  type CategoryFigures,
  type SearchCategory,
  type SearchRun,
} from '../../helpers/search-metrics';

const run = (query: string, category: SearchCategory, expect: string[], results: string[]): SearchRun => ({
  case: { query, expect, category, note: '' },
  results,
});
const figures = (found: number, expected: number, mrr: number, queries = expected): CategoryFigures => ({
  queries,
  expected,
  found,
  recallAt5: found / expected,
  mrr,
});
const ranked = (n: number, hit: string) => Array.from({ length: n }, (_, i) => (i === n - 1 ? hit : `/en/other-${i}/`));

describe('the rank of the first expected result', () => {
  it('is 1-based and takes the best-placed of several expected pages', () => {
    expect(firstRelevantRank(['/en/b/'], ['/en/a/', '/en/b/'])).toBe(2);
    expect(firstRelevantRank(['/en/c/', '/en/b/'], ['/en/a/', '/en/b/', '/en/c/'])).toBe(2);
  });

  it('looks no deeper than the top ten', () => {
    expect(firstRelevantRank(['/en/hit/'], ranked(10, '/en/hit/'))).toBe(10);
    expect(firstRelevantRank(['/en/hit/'], ranked(11, '/en/hit/'))).toBeUndefined();
    expect(reciprocalRank(['/en/hit/'], ranked(11, '/en/hit/'))).toBe(0);
  });

  it('gives the reciprocal rank: 1 at the top, 1/4 fourth, 0 when absent', () => {
    expect(reciprocalRank(['/en/a/'], ['/en/a/'])).toBe(1);
    expect(reciprocalRank(['/en/hit/'], ranked(4, '/en/hit/'))).toBe(0.25);
    expect(reciprocalRank(['/en/a/'], [])).toBe(0);
  });
});

describe('figures per category', () => {
  const runs = [
    run('one', 'ordinary', ['/en/a/'], ['/en/a/', '/en/b/']),
    run('two', 'ordinary', ['/en/b/'], ['/en/a/', '/en/b/']),
    // Sixth: outside recall@5, but inside the top ten for MRR.
    run('three', 'typo', ['/en/hit/'], ranked(6, '/en/hit/')),
    // Two expected pages, one found: recall counts pages, MRR counts the query once.
    run('four', 'typo', ['/en/a/', '/en/z/'], ['/en/x/', '/en/a/']),
  ];
  const summary = summarizeRuns(runs);

  it('counts recall@5 over expected pages and MRR over queries', () => {
    expect(summary.categories.ordinary).toEqual({ queries: 2, expected: 2, found: 2, recallAt5: 1, mrr: 0.75 });
    expect(summary.categories.typo).toEqual({ queries: 2, expected: 3, found: 1, recallAt5: 1 / 3, mrr: (1 / 6 + 1 / 2) / 2 });
    expect(summary.overall).toMatchObject({ queries: 4, expected: 5, found: 3 });
  });

  it('lists only categories that have queries, in the fixed category order', () => {
    const reversed = summarizeRuns([...runs].reverse());
    expect(Object.keys(reversed.categories)).toEqual(['ordinary', 'typo']);
  });

  it('records each missing page with its rank within the top ten and the top five it lost to', () => {
    expect(summary.misses).toEqual([
      { query: 'three', category: 'typo', url: '/en/hit/', rank: 6, top5: ranked(5, '/en/other-4/') },
      { query: 'four', category: 'typo', url: '/en/z/', rank: null, top5: ['/en/x/', '/en/a/'] },
    ]);
    expect(describeMiss(summary.misses[1]!)).toBe('[typo] "four" → /en/z/ not in the top 10 (top 5: /en/x/, /en/a/)');
    expect(describeMiss({ ...summary.misses[1]!, top5: [] })).toContain('(top 5: nothing)');
  });

  it('gives zeros, not NaN, for a run with no queries', () => {
    expect(summarizeRuns([]).overall).toEqual({ queries: 0, expected: 0, found: 0, recallAt5: 0, mrr: 0 });
  });

  it('writes rounded figures and the targets of the categories present into the report', () => {
    const report = searchReport('en', summary);
    expect(report.categories.typo).toMatchObject({ recallAt5: 0.333, mrr: 0.333 });
    expect(report.targets).toEqual({ ordinary: { recallAt5: 1, mrr: 0.95 }, typo: { recallAt5: 0.8 } });
    expect(report.misses).toHaveLength(2);
    // What lowers MRR: every query whose expected page was not first, with its rank.
    expect(report.notFirst).toEqual([
      { query: 'two', category: 'ordinary', rank: 2 },
      { query: 'three', category: 'typo', rank: 6 },
      { query: 'four', category: 'typo', rank: 2 },
    ]);
  });
});

describe('the targets', () => {
  it('require every ordinary query to succeed', () => {
    expect(targetFailures('uk', { ordinary: figures(27, 28, 0.98) })).toEqual(['uk ordinary: recall@5 0.964 (27/28) is below 1']);
    expect(targetFailures('uk', { ordinary: figures(28, 28, 1) })).toEqual([]);
  });

  it('require an ordinary MRR of 0.95, and accept exactly 0.95 however the mean was summed', () => {
    expect(targetFailures('en', { ordinary: figures(2, 2, 0.9) })).toEqual(['en ordinary: MRR 0.900 is below 0.95']);
    // 19 queries first and one second: (19 + 0.5) / 20 = 0.975; 18 first and two second: 0.95.
    const sum = Array.from({ length: 20 }, (_, i) => (i < 18 ? 1 : 0.5)).reduce((a, b) => a + b, 0);
    expect(targetFailures('en', { ordinary: figures(20, 20, sum / 20) })).toEqual([]);
  });

  it('require 0.8 recall@5 of every other category, with no MRR target', () => {
    expect(targetFailures('bg', { typo: figures(3, 5, 0.1), question: figures(4, 5, 0.2), untranslated: figures(4, 5, 0.5) })).toEqual([
      'bg typo: recall@5 0.600 (3/5) is below 0.8',
    ]);
    expect(targetFailures('es', { 'other-script': figures(0, 4, 0), 'russian-derived': figures(3, 3, 1) })).toEqual([
      'es other-script: recall@5 0.000 (0/4) is below 0.8',
    ]);
  });
});

describe('the summary table', () => {
  it('has a row per category present in any locale and a cell "recall / MRR (queries)" per locale', () => {
    const table = formatSummaryTable({
      en: { ordinary: figures(2, 2, 0.75), typo: figures(1, 2, 0.5) },
      uk: { ordinary: figures(3, 3, 1) },
    });
    expect(table.split('\n')).toEqual([
      'category  en                 uk',
      'ordinary  1.000 / 0.750 (2)  1.000 / 1.000 (3)',
      'typo      0.500 / 0.500 (2)  —',
    ]);
  });
});

describe('how an untranslated document is listed', () => {
  const local = (path: string) => ({ path, lang: null });
  const english = (path: string) => ({ path, lang: 'en' });

  it('is right with lang="en" after every local result, or alone', () => {
    expect(untranslatedListingProblems([local('/uk/news/a/'), english('/uk/guides/g/')], ['/uk/guides/g/'])).toEqual([]);
    expect(untranslatedListingProblems([english('/uk/guides/g/')], ['/uk/guides/g/'])).toEqual([]);
  });

  it('is wrong without lang or with another language', () => {
    expect(untranslatedListingProblems([local('/uk/guides/g/')], ['/uk/guides/g/'])).toEqual(['/uk/guides/g/ is listed without lang="en"']);
    expect(untranslatedListingProblems([{ path: '/uk/guides/g/', lang: 'uk' }], ['/uk/guides/g/'])).toEqual([
      '/uk/guides/g/ is listed with lang="uk" instead of lang="en"',
    ]);
  });

  it('is wrong before a local result', () => {
    expect(untranslatedListingProblems([english('/uk/guides/g/'), local('/uk/news/a/'), local('/uk/about/')], ['/uk/guides/g/'])).toEqual([
      '/uk/guides/g/ is listed at 1, before the local result /uk/about/ at 3',
    ]);
  });

  it('leaves a document that is not listed at all to recall', () => {
    expect(untranslatedListingProblems([local('/uk/about/')], ['/uk/guides/g/'])).toEqual([]);
  });
});
