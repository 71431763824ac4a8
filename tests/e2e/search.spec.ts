import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
  // Opened without a query, the page puts the reader in the search field.
  await expect(page.locator('#search-input')).toBeFocused();
  await page.locator('h1').click();
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

/** The part of Pagefind's browser API the tests ask directly, to compare the page with the index. */
interface PagefindInPage {
  options(o: { baseUrl: string }): Promise<void>;
  filters(): Promise<unknown>;
  search(q: string): Promise<{ filters: Record<string, Record<string, number>>; results: { data(): Promise<{ content: string; plain_excerpt: string }> }[] }>;
}
const pagefindBundle = '/pagefind/pagefind.js';
const ready = (page: Page) => page.locator('itb-search[data-state="ready"]').waitFor();
/** The number the status sentence starts with: how many results the search found. */
const foundCount = async (page: Page) => Number(/^\d+/.exec((await status(page).textContent()) ?? '')?.[0] ?? 0);
const option = (page: Page, key: string, value: string) => page.locator(`.search-filters input[name="${key}"][value="${value}"]`);
/** Each visible option of a filter group with the count its label shows, e.g. "Посібник (4)". */
const optionCounts = (page: Page, key: string) =>
  page.locator(`.search-filters input[name="${key}"]`).evaluateAll((boxes) =>
    boxes.map((b) => {
      const text = b.closest('label')!.textContent!.trim();
      return { value: (b as HTMLInputElement).value, count: Number(/\((\d+)\)$/.exec(text)?.[1] ?? NaN), text };
    }),
  );

test('on a wide screen the filters stand in a column beside the results', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/uk/search/?q=${encodeURIComponent('кластер')}`);
  await ready(page);
  const panel = page.locator('.search-filter-panel');
  await expect(panel).toHaveAttribute('open', '');
  await expect(page.locator('.search-filters fieldset').first()).toBeVisible();
  const filters = (await panel.boundingBox())!;
  const list = (await results(page).first().boundingBox())!;
  expect(filters.x + filters.width).toBeLessThanOrEqual(list.x);
  // Side by side: the first result starts level with the filter column, not below it.
  expect(list.y).toBeLessThan(filters.y + filters.height);
  expect(Math.abs(list.y - filters.y)).toBeLessThan(120);
});

test('on a phone the filters wait in a closed panel and the first result is within a screen and a half', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/uk/search/?q=${encodeURIComponent('кластер')}`);
  await ready(page);
  const panel = page.locator('.search-filter-panel');
  await expect(panel).toBeVisible();
  await expect(panel).not.toHaveAttribute('open', '');
  await expect(page.locator('.search-filters fieldset').first()).toBeHidden();
  const first = (await results(page).first().boundingBox())!;
  expect(first.y).toBeLessThan(740 * 1.5);
  await panel.locator('summary').click();
  await expect(page.locator('.search-filters fieldset').first()).toBeVisible();
});

test('each filter option shows the number of results that checking it gives, and the counts follow the other filters', async ({ page }) => {
  await page.goto(`/uk/search/?q=${encodeURIComponent('кластер')}`);
  await ready(page);
  const total = await foundCount(page);
  const types = await optionCounts(page, 'type');
  expect(types.length).toBeGreaterThanOrEqual(3);
  for (const t of types) expect(t.text).toMatch(new RegExp(`^${t.value} \\(\\d+\\)$`));
  expect(types.reduce((sum, t) => sum + t.count, 0)).toBe(total);
  for (const t of types.slice(0, 3)) {
    await option(page, 'type', t.value).check();
    await expect(page).toHaveURL(new RegExp(`type=${encodeURIComponent(t.value).replace(/%20/g, '(\\+|%20)')}`));
    await ready(page);
    expect(await foundCount(page), t.value).toBe(t.count);
    if (t.count <= 10) await expect(results(page)).toHaveCount(t.count);
    // The other types of the same group keep their counts: they are alternatives, not narrowed by it.
    expect((await optionCounts(page, 'type')).map((o) => [o.value, o.count])).toEqual(types.map((o) => [o.value, o.count]));
    await option(page, 'type', t.value).uncheck();
    await ready(page);
  }
  // With a type checked, a partner's count is what checking that partner too gives.
  const guide = types.reduce((a, b) => (b.count > a.count ? b : a));
  await option(page, 'type', guide.value).check();
  await ready(page);
  const partners = await optionCounts(page, 'partner');
  expect(partners.length).toBeGreaterThan(0);
  for (const p of partners) expect(p.count).toBeLessThanOrEqual(guide.count);
  const partner = partners[0]!;
  await option(page, 'partner', partner.value).check();
  await ready(page);
  expect(await foundCount(page)).toBe(partner.count);
  // "Clear all filters" leads the filter column and brings every result back.
  await expect(page.locator('.search-filters > :first-child')).toHaveClass(/search-clear/);
  await page.locator('.search-clear').click();
  await ready(page);
  expect(await foundCount(page)).toBe(total);
  await expect(page.locator('.search-clear')).toHaveCount(0);
});

test('a filter group that offers a single option is not shown', async ({ page }) => {
  // A word only the GDPR guide uses: one type, one year, and more than one topic among the results.
  const query = 'субобробник';
  await page.goto(`/uk/search/?q=${encodeURIComponent(query)}`);
  await ready(page);
  // What the index itself says about this query: the values of each filter that have results.
  const offered = await page.evaluate(async ([q, bundle]) => {
    const api = (await import(/* @vite-ignore */ bundle)) as PagefindInPage;
    await api.options({ baseUrl: '/' });
    await api.filters();
    const found = await api.search(q);
    return Object.fromEntries(Object.entries(found.filters).map(([k, v]) => [k, Object.values(v).filter((n) => n > 0).length]));
  }, [query, pagefindBundle] as const);
  const single = Object.keys(offered).filter((k) => offered[k] === 1);
  expect(single, `"${query}" should find documents of one type only`).toContain('type');
  expect(Object.values(offered).some((n) => n >= 2), `"${query}" should offer a filter with two or more values`).toBe(true);
  for (const [key, count] of Object.entries(offered)) {
    await expect(page.locator(`.search-filters input[name="${key}"]`), key).toHaveCount(count >= 2 ? count : 0);
  }
  await expect(page.locator('.search-filters legend', { hasText: 'Тип' })).toHaveCount(0);
});

test('a query that finds nothing suggests translated guides and topics, all in the reader’s language', async ({ page, request }) => {
  for (const locale of ['uk', 'bg'] as const) {
    await page.goto(`/${locale}/search/?q=zzqxv`);
    await ready(page);
    await expect(results(page)).toHaveCount(0);
    const box = page.locator('.search-suggestions');
    await expect(box).toBeVisible();
    const guides = await box.locator('.suggested-guides a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const topics = await box.locator('.suggested-topics a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(guides.length).toBeGreaterThanOrEqual(3);
    expect(guides.length).toBeLessThanOrEqual(5);
    expect(topics.length).toBeGreaterThan(0);
    const more = await box.locator('section > p a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(more).toEqual([`/${locale}/guides/`, `/${locale}/topics/`]);
    for (const href of [...guides, ...topics, ...more]) {
      expect(href.startsWith(`/${locale}/`), href).toBe(true);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const html = await response.text();
      expect(html, href).toContain(`<html lang="${locale}"`);
      // A suggested guide is a real translation, not a page telling the reader it is not translated yet.
      if (guides.includes(href)) expect(html, href).not.toContain('name="robots" content="noindex"');
    }
  }
});

test('the suggestions show before the first query, hide when there are results, and never without JavaScript', async ({ page, browser }) => {
  await page.goto('/en/search/');
  await expect(page.locator('.search-suggestions')).toBeVisible();
  await page.locator('#search-input').fill('cluster');
  await page.keyboard.press('Enter');
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('.search-suggestions')).toBeHidden();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto('/en/search/?q=zzqxv');
  await expect(noJs.locator('.search-suggestions')).toBeHidden();
  await context.close();
});

test('an excerpt cut out of the middle of a page starts with “…”, and keeps its highlights', async ({ page }) => {
  const query = 'кластер';
  await page.goto(`/uk/search/?q=${encodeURIComponent(query)}`);
  await ready(page);
  // Where Pagefind took each excerpt from, asked of the index directly.
  const expected = await page.evaluate(async ([q, bundle]) => {
    const api = (await import(/* @vite-ignore */ bundle)) as PagefindInPage;
    await api.options({ baseUrl: '/' });
    const found = await api.search(q);
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => d.content.replace(/\s+/g, ' ').trim().startsWith(d.plain_excerpt.replace(/\s+/g, ' ').trim().slice(0, 30)));
  }, [query, pagefindBundle] as const);
  const shown = await page.locator('.search-results > li > p:not(.card-meta)').allTextContents();
  expect(shown).toHaveLength(expected.length);
  expect(expected.filter((atStart) => !atStart).length, 'some excerpt should come from the middle of a page').toBeGreaterThan(0);
  shown.forEach((text, i) => expect(text.startsWith('…'), text).toBe(!expected[i]));
  expect(await page.locator('.search-results > li > p mark').count()).toBeGreaterThan(0);
  // The result's own line: the type, then the date; no page metadata in it.
  await expect(page.locator('.search-results .card-meta .result-type').first()).toHaveText(/\S/);
});

for (const width of [320, 375]) {
  test(`results and the empty state do not scroll sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    for (const q of ['кластер', 'zzqxv']) {
      await page.goto(`/uk/search/?q=${encodeURIComponent(q)}`);
      await ready(page);
      // With the filters open too, where there are filters to show.
      const summary = page.locator('.search-filter-panel summary');
      if (await summary.isVisible()) await summary.click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, q).toBeLessThanOrEqual(0);
    }
  });
}

test('a query from the address bar is searched and left for the reader to read, not focused', async ({ page }) => {
  await page.goto(`/en/search/?q=${encodeURIComponent('cluster')}`);
  await expect(page.locator('#search-input')).toHaveValue('cluster');
  await ready(page);
  await expect(results(page).first()).toBeVisible();
  await expect(page.locator('#search-input')).not.toBeFocused();
});

test('the filter column, its counts and the suggestions pass axe (WCAG 2.2 AA and best practice)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of [`/uk/search/?q=${encodeURIComponent('кластер')}&type=${encodeURIComponent('Посібник')}`, '/bg/search/?q=zzqxv', '/es/search/']) {
    await page.goto(path);
    await ready(page);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
  }
});
