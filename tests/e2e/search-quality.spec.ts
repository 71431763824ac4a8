/**
 * Search quality: for each language, the share of queries whose expected pages all appear in the top
 * five results (recall@5), run through the real search page in Chromium against the built site.
 * The target is ≥ 0.9 in every language; the figures are written to reports/search-quality-<locale>.json.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { searchCases } from './search-queries';
import { scaleTimeout } from '../../src/env';

const target = 0.9;

for (const [locale, cases] of Object.entries(searchCases)) {
  test(`recall@5 in ${locale} is at least ${target} over ${cases.length} queries`, async ({ page }) => {
    test.setTimeout(scaleTimeout(180_000));
    expect(cases.length).toBeGreaterThanOrEqual(15);
    const misses: string[] = [];
    let found = 0;
    let expected = 0;
    for (const c of cases) {
      await page.goto(`/${locale}/search/?q=${encodeURIComponent(c.query)}`);
      await page.locator('itb-search[data-state="ready"]').waitFor();
      const top = (await page.locator('.search-results > li h2 a').evaluateAll((as) => as.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
      for (const url of c.expect) {
        expected++;
        if (top.includes(url)) found++;
        else misses.push(`"${c.query}" → ${url} (got ${top.join(', ') || 'nothing'})`);
      }
    }
    const recall = found / expected;
    mkdirSync('reports', { recursive: true });
    writeFileSync(
      `reports/search-quality-${locale}.json`,
      JSON.stringify({ locale, queries: cases.length, expected, found, recall: Number(recall.toFixed(3)), misses }, null, 2),
    );
    console.log(`recall@5 ${locale}: ${recall.toFixed(3)} (${found}/${expected})${misses.length ? `\n  missed: ${misses.join('\n  missed: ')}` : ''}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(target);
  });
}
