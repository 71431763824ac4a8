import { test, expect, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('itb-search [role="status"]');
const results = (page: Page) => page.locator('.search-results > li');

test('an article page loads no JavaScript at all before the reader opens search', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
  });
  await page.goto('/uk/guides/eu-market-entry-for-it-smes/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  // Opening search is a link to the search page, where the search code lives.
  await page.getByRole('link', { name: 'Пошук', exact: true }).click();
  await expect(page).toHaveURL(/\/uk\/search\/$/);
  await expect(status(page)).toHaveText('Введіть одне-два слова для пошуку.');
});

test('an inflected Ukrainian query finds pages with other forms of the word, and the count uses the right plural', async ({ page }) => {
  await page.goto('/uk/search/?q=кластерів');
  await expect(status(page)).toHaveText(/^\d+ результат(и|ів)? за запитом «кластерів»$/);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});

test('the search form works from the keyboard and announces results politely', async ({ page }) => {
  await page.goto('/bg/search/');
  await expect(status(page)).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('/');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  await expect(page.locator('#search-input')).toBeFocused();
  await page.keyboard.type('ръководства');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/резултат(а)? за „ръководства“/);
  await expect(page).toHaveURL(/\?q=%D1%80/);
  // Results are reachable with Tab, in order.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.closest('.search-results, details, form')?.className ?? document.activeElement?.tagName);
  expect(focused).toBeTruthy();
});

test('a deep link with a filter narrows the results and shows the filter checked', async ({ page }) => {
  await page.goto(`/es/search/?q=${encodeURIComponent('clúster')}&type=${encodeURIComponent('Guía')}`);
  await expect(status(page)).toHaveText(/resultados? para «clúster»/);
  // The count is announced before the result list is filled; wait for the element to say it is done.
  await page.locator('itb-search[data-state="ready"]').waitFor();
  const types = await page.locator('.search-results .card-meta').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const t of types) expect(t).toMatch(/^Guía/);
  await expect(page.locator('.search-filters input[name="type"][value="Guía"]')).toBeChecked();
  await expect(page.locator('.search-filter-panel summary')).toHaveText('Filtrar resultados');
});

test('Romanian cedillas typed by the reader find the same pages as comma-below letters', async ({ page }) => {
  const titles = async (q: string) => {
    await page.goto(`/ro/search/?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toHaveText(/rezultat/);
    await expect(results(page).first()).toBeVisible();
    return page.locator('.search-results h2').allTextContents();
  };
  const commaBelow = await titles('cooperare și inovare');
  expect(commaBelow.length).toBeGreaterThan(0);
  expect(await titles('cooperare şi inovare')).toEqual(commaBelow);
});

for (const [name, query, expected] of [
  ['an empty query', '', 'Type a word or two to search.'],
  ['a query of only punctuation', '?!… ,.', 'Type at least one letter or number to search.'],
] as const) {
  test(`${name} gives a sensible message and no error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect(status(page)).toHaveText(expected);
    await expect(results(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a 500-character query and markup in the URL are searched as text, never injected', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`/en/search/?q=${encodeURIComponent('<script>alert(1)</script><img src=x onerror=alert(2)>')}`);
  await expect(status(page)).toContainText('<script>alert(1)</script>');
  expect(await page.locator('itb-search img, .search-results script').count()).toBe(0);
  await page.goto(`/en/search/?q=${'cluster '.repeat(70)}`);
  await expect(status(page)).not.toHaveText('Searching…');
  expect(errors).toEqual([]);
});

test('a search index that fails to load gives a clear message in the reader’s language', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto('/uk/search/?q=кластер');
  await expect(status(page)).toHaveText(/^Пошук недоступний: не вдалося завантажити пошуковий індекс/);
  await expect(page.locator('itb-search')).toHaveAttribute('data-state', 'error');
});

test('results link into the sections of a guide', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('data processing agreement')}`);
  const section = page.locator('.search-results a[href*="#"]').first();
  await expect(section).toBeVisible();
  const href = (await section.getAttribute('href'))!;
  await page.goto(href);
  const id = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('without JavaScript the search page says what to do', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ro/search/');
  await expect(page.locator('noscript, .notice').first()).toBeAttached();
  expect(await page.content()).toContain('Căutarea rulează în browser și are nevoie de JavaScript');
  await context.close();
});
