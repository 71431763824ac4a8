/**
 * Prints one line "N passed, N failed" summing the JSON reports of every suite (Vitest and Playwright).
 * A missing report counts as one failure: a suite that did not run has not passed.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Totals {
  passed: number;
  failed: number;
}

function vitest(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; numFailedTestSuites: number };
  return { passed: r.numPassedTests, failed: r.numFailedTests + (r.numFailedTests === 0 ? r.numFailedTestSuites : 0) };
}

function playwright(file: string): Totals {
  const r = JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0) };
}

/** Reports that carry their own { passed, failed } counts (the type check is one test). */
function typecheck(file: string): Totals {
  return JSON.parse(readFileSync(file, 'utf8')) as Totals;
}

const suites: [string, (f: string) => Totals][] = [
  ['reports/content-check.json', typecheck],
  ['reports/typecheck.json', typecheck],
  ['reports/vitest.json', vitest],
  ['reports/playwright.json', playwright],
  // One check per locale: article pages load no JavaScript and the first query stays within its budget.
  ['reports/search-budget.json', typecheck],
  // One check per article: accessibility, best practices and SEO at 100.
  ['reports/lighthouse.json', typecheck],
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
