/**
 * Search quality of the real site: every query of search-queries.ts runs through the real search page
 * in Chromium against the built site, and for each language and category we report the queries,
 * recall@5 and MRR (tests/helpers/search-metrics.ts), write reports/search-quality-<locale>.json with
 * the figures and the misses, print one summary table, and assert the targets: `ordinary` recall@5 1.00
 * and MRR ≥ 0.95 in every language, every other category recall@5 ≥ 0.8.
 *
 * One test for all languages, so that the table covers them all; the figures of every language are
 * written and printed before any target is asserted.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { searchCases } from './search-queries';
import { listSearchResults } from './helpers';
import { locales } from '../../src/i18n/locales';
import { scaleTimeout } from '../../src/env';
import {
  describeMiss,
  formatSummaryTable,
  searchReport,
  summarizeRuns,
  targetFailures,
  type SearchRun,
  type SearchSummary,
} from '../helpers/search-metrics';

test('search quality meets its targets in every language and category', async ({ page }) => {
  const total = locales.reduce((sum, locale) => sum + searchCases[locale].length, 0);
  // About half a second a query on an idle machine; the limit is scaled with every other one.
  test.setTimeout(scaleTimeout(60_000 + total * 2_000));
  const summaries = {} as Record<(typeof locales)[number], SearchSummary>;
  for (const locale of locales) {
    await test.step(`${locale}: ${searchCases[locale].length} queries`, async () => {
      const runs: SearchRun[] = [];
      for (const c of searchCases[locale]) {
        const listed = await listSearchResults(page, locale, c.query);
        runs.push({ case: c, results: listed.map((item) => item.path) });
      }
      summaries[locale] = summarizeRuns(runs);
      mkdirSync('reports', { recursive: true });
      writeFileSync(`reports/search-quality-${locale}.json`, `${JSON.stringify(searchReport(locale, summaries[locale]), null, 2)}\n`);
    });
  }

  const table = formatSummaryTable(Object.fromEntries(locales.map((locale) => [locale, summaries[locale].categories])));
  const misses = locales.flatMap((locale) => summaries[locale].misses.map((miss) => `${locale} ${describeMiss(miss)}`));
  console.log(`Search quality, recall@5 / MRR (queries):\n${table}${misses.length ? `\n\nMissed:\n${misses.join('\n')}` : ''}`);

  const failures = locales.flatMap((locale) => targetFailures(locale, summaries[locale].categories));
  expect(failures, `Search quality below target:\n${failures.join('\n')}\n\n${table}\n\nMissed:\n${misses.join('\n')}`).toEqual([]);
});
