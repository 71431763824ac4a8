/**
 * Search of untranslated documents, on the fixture site (dist-fixture/): from each locale but English, a
 * reader's query must find the fixture's English-only documents (search-untranslated-queries.ts) and
 * list them, linking to the reader-locale fallback page, in the top five (recall@5 ≥ 0.8, the
 * `untranslated` target of tests/helpers/search-metrics.ts). Such a result is an item of the same
 * `.search-results` list marked `lang="en"`, after every local result (an item without `lang`).
 * Figures and misses go to reports/search-untranslated-<locale>.json.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { untranslatedCases } from './search-untranslated-queries';
import { listSearchResults } from '../e2e/helpers';
import { scaleTimeout } from '../../src/env';
import {
  describeMiss,
  formatSummaryTable,
  searchReport,
  summarizeRuns,
  targetFailures,
  untranslatedListingProblems,
  type SearchRun,
} from '../helpers/search-metrics';

for (const locale of Object.keys(untranslatedCases) as (keyof typeof untranslatedCases)[]) {
  const cases = untranslatedCases[locale];
  test(`search from /${locale}/ finds the English-only documents, marked lang="en" after the local results`, async ({ page }) => {
    test.setTimeout(scaleTimeout(30_000 + cases.length * 3_000));
    const runs: SearchRun[] = [];
    const listing: string[] = [];
    for (const c of cases) {
      const listed = await listSearchResults(page, locale, c.query);
      runs.push({ case: c, results: listed.map((item) => item.path) });
      listing.push(...untranslatedListingProblems(listed, c.expect).map((problem) => `"${c.query}": ${problem}`));
    }
    const summary = summarizeRuns(runs);
    mkdirSync('reports', { recursive: true });
    writeFileSync(`reports/search-untranslated-${locale}.json`, `${JSON.stringify({ ...searchReport(locale, summary), listingProblems: listing }, null, 2)}\n`);
    const table = formatSummaryTable({ [locale]: summary.categories });
    const misses = summary.misses.map(describeMiss);
    console.log(`Untranslated documents from /${locale}/, recall@5 / MRR (queries):\n${table}${misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''}`);

    const failures = targetFailures(locale, summary.categories);
    expect(
      failures,
      `Search from /${locale}/search/ does not find the fixture's English-only documents (fixture-guide, fixture-study, ` +
        `alpha-cluster, first-news) at their /${locale}/ fallback URLs: search of untranslated documents ` +
        `(src/lib/search/) is missing or misses them.\n${failures.join('\n')}\n${misses.join('\n')}`,
    ).toEqual([]);
    expect(listing, `An English-only document is listed wrongly: it must be an item marked lang="en", after every result in the page's own language.`).toEqual([]);
  });
}
