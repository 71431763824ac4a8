/**
 * Prints one line "N passed, N failed" summing the JSON reports of every suite that scripts/test-all.sh
 * runs. A missing report counts as one failure: a suite that did not run has not passed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
}

/** Vitest's JSON report; a file that failed to load (no test ran) counts as a failed test. */
function readVitestReport(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numFailedTestSuites: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0) };
}

/** Playwright's JSON report; a flaky test passed on retry, an error outside tests is a failure. */
function readPlaywrightReport(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0) };
}

/** Reports our own scripts write, carrying their { passed, failed } counts directly. */
function readCountsReport(file: string): Totals {
  return JSON.parse(readFileSync(file, 'utf8')) as Totals;
}

const suites: [string, (file: string) => Totals][] = [
  // One check each: the editors' content report, and astro check.
  ['reports/content-check.json', readCountsReport],
  ['reports/typecheck.json', readCountsReport],
  ['reports/vitest-unit.json', readVitestReport],
  ['reports/vitest-site.json', readVitestReport],
  ['reports/vitest-build.json', readVitestReport],
  ['reports/playwright.json', readPlaywrightReport],
  // One check per locale: article pages load no JavaScript and the first query stays within its budget.
  ['reports/search-budget.json', readCountsReport],
  // One check per article: accessibility, best practices and SEO at 100.
  ['reports/lighthouse.json', readCountsReport],
];
let passed = 0;
let failed = 0;
for (const [file, read] of suites) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: that suite did not run.`);
    failed += 1;
    continue;
  }
  const t = read(file);
  console.log(`${file}: ${t.passed} passed, ${t.failed} failed`);
  passed += t.passed;
  failed += t.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
