/**
 * Search size budget, measured in Debian's Chromium against the built site (run `npm run build` first):
 *   - JavaScript bytes an article page loads before any interaction (budget: 0);
 *   - bytes transferred for a reader's first search query (budget: 200 KB) and for a second one.
 * Prints a table, writes reports/search-budget.json, and exits non-zero when a budget is exceeded.
 * Sizes, not times: the machines are too noisy for timings to be budgets.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startPreview } from './lib/preview-server';
import { chromiumFlags, chromiumPath } from './lib/chromium';
import { documentPath, sampleDocument } from './lib/content-samples';

const port = 4329;
const budgets = { articleJsBytes: 0, firstQueryBytes: 200_000 };
// With --synthetic, measures a benchmark build (ITBRIDGE_OUT_DIR points preview at it): its first guide
// and words every synthetic text uses.
const synthetic = process.argv.includes('--synthetic');
// The real site: a guide translated into every locale (picked from content/), and words of each language.
const realQueries = [
  { locale: 'en', first: 'cluster', second: 'matchmaking event' },
  { locale: 'uk', first: 'кластерів', second: 'посібники' },
  { locale: 'ro', first: 'cooperare', second: 'ghiduri' },
  { locale: 'es', first: 'clúster', second: 'guías' },
  { locale: 'bg', first: 'клъстерите', second: 'ръководства' },
] as const;
const realCases = synthetic ? [] : realQueries.map((q) => ({ ...q, article: documentPath(q.locale, sampleDocument('guides')) }));
const syntheticCases = [
  { locale: 'en', article: '/en/guides/g-000001/', first: 'cluster', second: 'market strategy' },
  { locale: 'uk', article: '/uk/guides/g-000001/', first: 'кластерів', second: 'ринок стратегія' },
  { locale: 'ro', article: '/ro/guides/g-000001/', first: 'cluster', second: 'piață strategie' },
  { locale: 'es', article: '/es/guides/g-000001/', first: 'clúster', second: 'mercado estrategia' },
  { locale: 'bg', article: '/bg/guides/g-000001/', first: 'клъстерите', second: 'пазар стратегия' },
];
const cases = synthetic ? syntheticCases : realCases;

/** Counts bytes of every response (body + headers) until `action` settles and the network is idle. */
async function measure(page: Page, action: () => Promise<unknown>, filter: (url: string, type: string) => boolean) {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    const request = response.request();
    if (!filter(request.url(), request.resourceType())) return;
    pending.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return bytes;
}

const server = await startPreview(port);
const { origin } = server;
let failed = 0;
try {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags],
  });
  const rows: Record<string, number | string>[] = [];
  for (const c of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const fonts: string[] = [];
    const onFont = (r: import('@playwright/test').Request) => {
      if (r.resourceType() === 'font') fonts.push(/ibm-plex-sans-([a-z-]+?)-wght/.exec(r.url())?.[1] ?? r.url());
    };
    page.on('request', onFont);
    const articleJs = await measure(page, () => page.goto(origin + c.article), (url, type) => type === 'script' || /\/(pagefind|pagefind-untranslated|search-data)\//.test(url));
    page.off('request', onFont);
    // Font subsets follow the page's script: Latin pages never fetch Cyrillic, Cyrillic pages fetch it.
    const cyrillic = fonts.some((f) => f.startsWith('cyrillic'));
    if (cyrillic !== (c.locale === 'uk' || c.locale === 'bg')) failed++;
    // Pagefind (both bundles) and the search vocabulary: everything a query fetches.
    const searchFile = (url: string) => /\/(pagefind|pagefind-untranslated|search-data)\//.test(url);
    const search = async (q: string) => {
      await page.fill('#search-input', q);
      await page.press('#search-input', 'Enter');
      await page.locator('itb-search[data-state="ready"]').waitFor();
      await page.locator('.search-results > li').first().waitFor();
    };
    // The search page starts loading Pagefind as it opens (its head preloads the files), so the first
    // query's bytes are counted from the navigation: the page's own script apart, everything the
    // page and its first query fetch from the search bundles.
    let searchPageJs = 0;
    const first = await measure(
      page,
      async () => {
        searchPageJs = await measure(page, () => page.goto(`${origin}/${c.locale}/search/`), (url, type) => type === 'script' && !searchFile(url));
        await search(c.first);
      },
      searchFile,
    );
    const second = await measure(page, () => search(c.second), searchFile);
    rows.push({ locale: c.locale, articleJs, fonts: [...new Set(fonts)].sort().join(' '), searchPageJs, firstQuery: first, secondQuery: second });
    if (articleJs > budgets.articleJsBytes) failed++;
    if (first > budgets.firstQueryBytes) failed++;
    await context.close();
  }
  await browser.close();
  console.log('Search size budget, bytes transferred from the (uncompressing) preview server:');
  console.log('articleJs = scripts on an article before interaction; searchPageJs = our search script on /<locale>/search/;');
  console.log('firstQuery = Pagefind runtime, WebAssembly, language index, fragments and the vocabulary chunks for the first query; secondQuery = what a second query adds.');
  console.table(rows);
  console.log(`budgets: article JS ≤ ${budgets.articleJsBytes} B, first query ≤ ${budgets.firstQueryBytes} B, Cyrillic font subsets only on uk/bg pages`);
  mkdirSync('reports', { recursive: true });
  writeFileSync(synthetic ? 'reports/search-budget-synthetic.json' : 'reports/search-budget.json', JSON.stringify({ budgets, rows, passed: failed === 0 ? rows.length : 0, failed }, null, 2));
} finally {
  server.stop();
}
console.log(failed ? `${failed} budget(s) exceeded` : 'all budgets hold');
process.exit(failed ? 1 : 0);
