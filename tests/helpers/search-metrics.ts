/**
 * Search-quality figures, shared by the real site's suite (tests/e2e/search-quality.spec.ts) and the
 * fixture site's untranslated-document suite (tests/e2e-fixture/search-untranslated.spec.ts): the case
 * format, recall@5 and MRR per category, the targets, and the problems of untranslated results. Pure,
 * so that the metric itself is unit-tested (tests/unit/tools/search-metrics.test.ts).
 */

/**
 * What a query tests. `ordinary`: the words of the page, inflected, with or without diacritics;
 * `other-script`: a place name written in another script or language (Харків on /en/, Catalonia on
 * /es/, Transylvania on /ro/); `russian-derived`: a Russian-based spelling of a Ukrainian place
 * (Kharkov, Одесса); `typo`: a letter swapped, missing, doubled or wrong inside a word; `question`: a
 * natural question or partial sentence, some of whose words are on no page or only on unrelated ones;
 * `untranslated`: a document that exists only in another language, found from the reader's locale.
 */
export const searchCategories = ['ordinary', 'other-script', 'russian-derived', 'typo', 'question', 'untranslated'] as const;
export type SearchCategory = (typeof searchCategories)[number];

/**
 * One query a reader might type, and the URLs of the reader's locale that must be in the top five.
 * For `untranslated`, the URL is the reader-locale fallback page (/uk/guides/fixture-guide/).
 */
export interface SearchCase {
  query: string;
  expect: string[];
  category: SearchCategory;
  note: string;
}

/** A case and the result paths the search page listed for it, best first (at least the top ten). */
export interface SearchRun {
  case: SearchCase;
  results: string[];
}

/** Cut-offs: recall counts the top five, the reciprocal rank looks at the top ten. */
export const recallDepth = 5;
export const rankDepth = 10;

/**
 * The 1-based rank of the first result that is one of the expected URLs, within the top `depth`.
 * @example firstRelevantRank(['/en/b/'], ['/en/a/', '/en/b/']) // 2
 */
export function firstRelevantRank(expected: readonly string[], results: readonly string[], depth = rankDepth): number | undefined {
  const index = results.slice(0, depth).findIndex((url) => expected.includes(url));
  return index === -1 ? undefined : index + 1;
}

/**
 * 1 / rank of the first expected URL within the top ten, 0 when none is there.
 * @example reciprocalRank(['/en/b/'], ['/en/a/', '/en/b/']) // 0.5
 */
export function reciprocalRank(expected: readonly string[], results: readonly string[]): number {
  const rank = firstRelevantRank(expected, results);
  return rank === undefined ? 0 : 1 / rank;
}

/** Figures of one category (or of all queries): recall@5 over expected URLs, MRR over queries. */
export interface CategoryFigures {
  queries: number;
  /** Expected URLs over all queries (a query may expect two pages). */
  expected: number;
  /** Expected URLs that were in their query's top five. */
  found: number;
  /** found / expected. */
  recallAt5: number;
  /** Mean over queries of 1 / rank of the first expected URL within the top ten (0 if absent). */
  mrr: number;
}

/** An expected URL missing from its query's top five: where it was (within the top ten), and what came instead. */
export interface SearchMiss {
  query: string;
  category: SearchCategory;
  url: string;
  rank: number | null;
  top5: string[];
}

/** Where a query's first expected URL came (1-based, within the top ten; null when absent). */
export interface QueryRank {
  query: string;
  category: SearchCategory;
  rank: number | null;
}

export interface SearchSummary {
  /** Every query together. */
  overall: CategoryFigures;
  /** Every query, in the order run: what MRR is the mean of. */
  ranks: QueryRank[];
  /** Only the categories that have queries, in the order of `searchCategories`. */
  categories: Partial<Record<SearchCategory, CategoryFigures>>;
  misses: SearchMiss[];
}

function figuresOf(runs: readonly SearchRun[]): CategoryFigures {
  let expected = 0;
  let found = 0;
  let reciprocal = 0;
  for (const run of runs) {
    const top = run.results.slice(0, recallDepth);
    expected += run.case.expect.length;
    found += run.case.expect.filter((url) => top.includes(url)).length;
    reciprocal += reciprocalRank(run.case.expect, run.results);
  }
  return {
    queries: runs.length,
    expected,
    found,
    recallAt5: expected ? found / expected : 0,
    mrr: runs.length ? reciprocal / runs.length : 0,
  };
}

/**
 * Recall@5 and MRR per category, and every expected URL missing from its query's top five.
 * @example summarizeRuns([{ case: { query: 'gdpr', expect: ['/en/g/'], category: 'ordinary', note: '' }, results: ['/en/x/', '/en/g/'] }])
 *   // { overall: …, ranks: [{ query: 'gdpr', category: 'ordinary', rank: 2 }], categories: { ordinary: { queries: 1, expected: 1, found: 1, recallAt5: 1, mrr: 0.5 } }, misses: [] }
 */
export function summarizeRuns(runs: readonly SearchRun[]): SearchSummary {
  const categories: SearchSummary['categories'] = {};
  for (const category of searchCategories) {
    const inCategory = runs.filter((run) => run.case.category === category);
    if (inCategory.length) categories[category] = figuresOf(inCategory);
  }
  const misses = runs.flatMap((run) =>
    run.case.expect
      .filter((url) => !run.results.slice(0, recallDepth).includes(url))
      .map((url): SearchMiss => {
        const index = run.results.slice(0, rankDepth).indexOf(url);
        return { query: run.case.query, category: run.case.category, url, rank: index === -1 ? null : index + 1, top5: run.results.slice(0, recallDepth) };
      }),
  );
  const ranks = runs.map((run): QueryRank => ({ query: run.case.query, category: run.case.category, rank: firstRelevantRank(run.case.expect, run.results) ?? null }));
  return { overall: figuresOf(runs), ranks, categories, misses };
}

/**
 * The targets: ordinary queries must all succeed and rank their page first nearly always; the harder
 * categories must reach 0.8.
 */
export const targets: Record<SearchCategory, { recallAt5: number; mrr?: number }> = {
  ordinary: { recallAt5: 1, mrr: 0.95 },
  'other-script': { recallAt5: 0.8 },
  'russian-derived': { recallAt5: 0.8 },
  typo: { recallAt5: 0.8 },
  question: { recallAt5: 0.8 },
  untranslated: { recallAt5: 0.8 },
};

// A mean of fractions such as 19/20 may land a hair below the decimal it equals.
const tolerance = 1e-9;

/**
 * One sentence per target a category of `locale` misses; empty when all are met.
 * @example targetFailures('uk', { typo: { queries: 5, expected: 5, found: 3, recallAt5: 0.6, mrr: 0.5 } })
 *   // ['uk typo: recall@5 0.600 (3/5) is below 0.8']
 */
export function targetFailures(locale: string, categories: SearchSummary['categories']): string[] {
  return searchCategories.flatMap((category) => {
    const figures = categories[category];
    if (!figures) return [];
    const target = targets[category];
    const failures: string[] = [];
    if (figures.recallAt5 + tolerance < target.recallAt5) {
      failures.push(`${locale} ${category}: recall@5 ${figures.recallAt5.toFixed(3)} (${figures.found}/${figures.expected}) is below ${target.recallAt5}`);
    }
    if (target.mrr !== undefined && figures.mrr + tolerance < target.mrr) {
      failures.push(`${locale} ${category}: MRR ${figures.mrr.toFixed(3)} is below ${target.mrr}`);
    }
    return failures;
  });
}

/** Figures rounded for a report file: three decimals, as the README prints them. */
export function roundFigures(figures: CategoryFigures): CategoryFigures {
  return { ...figures, recallAt5: Number(figures.recallAt5.toFixed(3)), mrr: Number(figures.mrr.toFixed(3)) };
}

/**
 * A plain-text table, one row per category and one column per locale, each cell "recall@5 / MRR (queries)".
 * @example formatSummaryTable({ en: { ordinary: { queries: 2, expected: 2, found: 2, recallAt5: 1, mrr: 0.75 } } })
 *   // 'category  en\nordinary  1.000 / 0.750 (2)'
 */
export function formatSummaryTable(byLocale: Record<string, SearchSummary['categories']>): string {
  const locales = Object.keys(byLocale);
  const used = searchCategories.filter((category) => locales.some((locale) => byLocale[locale]![category]));
  const cell = (figures: CategoryFigures | undefined) => (figures ? `${figures.recallAt5.toFixed(3)} / ${figures.mrr.toFixed(3)} (${figures.queries})` : '—');
  const rows = [['category', ...locales], ...used.map((category) => [category, ...locales.map((locale) => cell(byLocale[locale]![category]))])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((text, column) => (column === row.length - 1 ? text : text.padEnd(widths[column]!))).join('  ')).join('\n');
}

/** A result item as the search page lists it: its path and the `lang` attribute of its `li` (null when local). */
export interface ListedResult {
  path: string;
  lang: string | null;
}

/**
 * What is wrong with how a document in another language is listed: each expected URL that is listed
 * must carry `lang` (the original's language, `originalLang`) and come after every local result (an
 * item without `lang`). An expected URL that is not listed at all is recall's business, not this one's.
 * @example untranslatedListingProblems([{ path: '/uk/g/', lang: null }], ['/uk/g/']) // ['/uk/g/ is listed without lang="en"']
 */
export function untranslatedListingProblems(items: readonly ListedResult[], expected: readonly string[], originalLang = 'en'): string[] {
  const lastLocal = items.map((item) => item.lang).lastIndexOf(null);
  return expected.flatMap((url) => {
    const index = items.findIndex((item) => item.path === url);
    if (index === -1) return [];
    const problems: string[] = [];
    const lang = items[index]!.lang;
    if (lang === null) problems.push(`${url} is listed without lang="${originalLang}"`);
    else if (lang !== originalLang) problems.push(`${url} is listed with lang="${lang}" instead of lang="${originalLang}"`);
    if (lang !== null && index < lastLocal) problems.push(`${url} is listed at ${index + 1}, before the local result ${items[lastLocal]!.path} at ${lastLocal + 1}`);
    return problems;
  });
}

/**
 * One line for a miss, for failure messages and logs.
 * @example describeMiss({ query: 'gdpr', category: 'ordinary', url: '/en/g/', rank: 7, top5: ['/en/a/'] })
 *   // '[ordinary] "gdpr" → /en/g/ at 7 (top 5: /en/a/)'
 */
export function describeMiss(miss: SearchMiss): string {
  const where = miss.rank === null ? 'not in the top 10' : `at ${miss.rank}`;
  return `[${miss.category}] "${miss.query}" → ${miss.url} ${where} (top 5: ${miss.top5.join(', ') || 'nothing'})`;
}

/**
 * What reports/search-*-<locale>.json hold: the figures (rounded) per category and overall, the
 * targets, the misses, and the queries whose expected page was not first (what lowers MRR).
 */
export function searchReport(locale: string, summary: SearchSummary) {
  const used = searchCategories.filter((category) => summary.categories[category]);
  return {
    locale,
    overall: roundFigures(summary.overall),
    categories: Object.fromEntries(used.map((category) => [category, roundFigures(summary.categories[category]!)])),
    targets: Object.fromEntries(used.map((category) => [category, targets[category]])),
    misses: summary.misses,
    notFirst: summary.ranks.filter((r) => r.rank !== 1),
  };
}
