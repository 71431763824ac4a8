/**
 * What the search page does with what readers type (src/lib/search/plan.ts, relax.ts): names in another
 * spelling or script, typos, words no page has, and words that rule the right page out — each said on the
 * page, in the reader's language, with the query as typed one click away.
 */
import { test, expect, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('itb-search [role="status"]');
const notes = (page: Page) => page.locator('itb-search .search-notes');
const firstResult = (page: Page) => page.locator('.search-results > li h2 a').first();
const resultPaths = (page: Page) => page.locator('.search-results > li h2 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(page: Page, locale: string, query: string) {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('itb-search[data-state="ready"]').waitFor();
}

test('a Russian-derived spelling finds the page under the language’s own name, and the typed words stay one click away', async ({ page }) => {
  await search(page, 'en', 'Kharkov');
  await expect(firstResult(page)).toHaveAttribute('href', '/en/partners/kharkiv-it-cluster/');
  await expect(status(page)).toHaveText(/results? for “Kharkiv”$/);
  await expect(notes(page)).toContainText('Showing results for “Kharkiv”.');
  const instead = notes(page).getByRole('link', { name: 'Search instead for “Kharkov”' });
  await expect(instead).toHaveAttribute('href', /exact=1/);
  await instead.click();
  await page.locator('itb-search[data-state="ready"]').waitFor();
  await expect(page).toHaveURL(/[?&]exact=1/);
  // As typed, the word is on no page: the reader sees that, not the corrected results.
  await expect(status(page)).toHaveText(/^No results for “Kharkov”/);
  // A new query searches with corrections again.
  await page.fill('#search-input', 'Odessa');
  await page.press('#search-input', 'Enter');
  await expect(status(page)).toHaveText(/for “Odesa”$/);
  await expect(page).not.toHaveURL(/exact=1/);
});

test('a city typed in the other script finds the page in the reader’s language', async ({ page }) => {
  await search(page, 'uk', 'Kharkiv');
  await expect(firstResult(page)).toHaveAttribute('href', '/uk/partners/kharkiv-it-cluster/');
  await expect(notes(page)).toContainText('Показано результати для «Харків».');
  await search(page, 'en', 'Одеса');
  await expect(firstResult(page)).toHaveAttribute('href', '/en/partners/odesa-it-family/');
  await search(page, 'bg', 'Харьков');
  await expect(firstResult(page)).toHaveAttribute('href', '/bg/partners/kharkiv-it-cluster/');
  await expect(notes(page)).toContainText('Показани са резултати за „Харков“.');
  await search(page, 'ro', 'Transylvania');
  await expect(resultPaths(page)).resolves.toContain('/ro/partners/transilvania-it-cluster/');
});

test('a typo, or a Russian и typed for the Ukrainian і, is corrected and said', async ({ page }) => {
  await search(page, 'en', 'matchmakng');
  await expect(firstResult(page)).toHaveAttribute('href', '/en/guides/b2b-matchmaking-events/');
  await expect(notes(page)).toContainText('Showing results for “matchmaking”.');
  await search(page, 'uk', 'инициативи');
  await expect(notes(page)).toContainText('Показано результати для «ініціативи».');
  await expect(page.locator('.search-results > li')).not.toHaveCount(0);
});

test('a word no page has is left out and named; the other words still find their pages', async ({ page }) => {
  await search(page, 'en', 'qwzrtx matchmaking');
  await expect(firstResult(page)).toHaveAttribute('href', '/en/guides/b2b-matchmaking-events/');
  await expect(notes(page)).toHaveText('The word “qwzrtx” appears on no page and was left out.');
  await search(page, 'uk', 'qwzrtx');
  await expect(status(page)).toHaveText(/^За запитом «qwzrtx» нічого не знайдено/);
  await expect(page.locator('.search-suggestions')).toBeVisible();
});

test('a word the right page lacks does not hide it: the page follows, with the missing word struck through', async ({ page }) => {
  await search(page, 'en', 'entering the EU market');
  const guide = page.locator('.search-results > li', { has: page.locator('a[href="/en/guides/eu-market-entry-for-it-smes/"]') });
  await expect(guide).toHaveCount(1);
  await expect(guide.locator('.result-missing')).toHaveText('Missing: entering');
  await expect(guide.locator('.result-missing s')).toHaveText('entering');
  // Pages with every word come first.
  const items = page.locator('.search-results > li');
  const flags = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('.result-missing') !== null));
  expect(flags.indexOf(true)).toBeGreaterThan(0);
  expect(flags.slice(flags.indexOf(true)).every(Boolean)).toBe(true);
});

test('when no page has every word, the page says so and shows the pages with most of them', async ({ page }) => {
  await search(page, 'en', 'Odesa cookies');
  await expect(notes(page)).toContainText('No page contains all the words you searched for.');
  const paths = await resultPaths(page);
  expect(paths).toContain('/en/privacy/');
  expect(paths).toContain('/en/partners/odesa-it-family/');
  await expect(page.locator('.search-results > li .result-missing').first()).toBeVisible();
  await search(page, 'es', 'Odesa cookies');
  await expect(notes(page)).toContainText('Ninguna página contiene todas las palabras buscadas.');
  await expect(page.locator('.search-results > li .result-missing').first()).toHaveAttribute('lang', 'es');
});

test('a question finds its guide: words with no topic are left out, silently', async ({ page }) => {
  await search(page, 'en', 'how do I find partners at a matchmaking event');
  await expect(firstResult(page)).toHaveAttribute('href', '/en/guides/b2b-matchmaking-events/');
  await expect(notes(page)).toBeEmpty();
});

test('the vocabulary loads only with the search page, only the chunks of the query’s letters', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/search-data/')) vocabulary.push(new URL(r.url()).pathname);
  });
  await page.goto('/en/guides/eu-market-entry-for-it-smes/');
  await page.waitForLoadState('networkidle');
  expect(vocabulary).toEqual([]);
  await search(page, 'en', 'matchmaking');
  expect(vocabulary).toHaveLength(1);
  expect(vocabulary[0]).toMatch(/^\/search-data\/en\/6d\.[0-9a-f]{10}\.words$/);
});
