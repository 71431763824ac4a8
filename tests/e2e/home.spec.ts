import { test, expect, type APIRequestContext } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { selectors } from '../../src/lib/outputs/dom-contract';

// The home page as an entry point: it fits every width, its paths lead to real pages in the reader's
// language, it suggests only translated documents, and the latest news fills its row.

/** Status and fallback mark of a page, fetched without rendering it. */
async function inspect(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  const html = await response.text();
  return {
    status: response.status(),
    lang: /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1],
    // The selector names an attribute without a value: [data-fallback-notice].
    isFallback: html.includes(selectors.fallbackNotice.slice(1, -1)),
  };
}

for (const locale of locales) {
  for (const width of [320, 375, 1280]) {
    test(`the ${locale} home page fits ${width} px without horizontal scrolling and keeps main's padding`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      const padding = await page.locator('main').evaluate((main) => {
        const s = getComputedStyle(main);
        return [s.paddingTop, s.paddingBottom, s.paddingLeft, s.paddingRight].map(parseFloat);
      });
      for (const value of padding) expect(value).toBeGreaterThan(0);
    });
  }

  test(`the ${locale} home page's audience paths lead to real ${locale} pages, not fallbacks`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    const audiences = page.locator('.audience');
    await expect(audiences).toHaveCount(2);
    for (const audience of await audiences.all()) {
      const hrefs = await audience.locator('.audience-links a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      // Each audience starts with at least one document, not only listings.
      expect(hrefs.length).toBeGreaterThan(1);
      for (const href of hrefs) {
        expect(href.startsWith(`/${locale}/`), href).toBe(true);
        const target = await inspect(request, href);
        expect(target.status, href).toBe(200);
        expect(target.lang, href).toBe(locale);
        expect(target.isFallback, `${href} is a fallback page`).toBe(false);
      }
    }
  });

  test(`the ${locale} home page features and lists only documents translated into ${locale}`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('.card-featured')).toHaveCount(1);
    const cards = page.locator('main .card');
    expect(await cards.count()).toBeGreaterThan(1);
    // No card is marked as being in another language.
    await expect(page.locator('main .card [lang]')).toHaveCount(0);
    await expect(page.locator('main .card .tag')).toHaveCount(0);
    for (const card of await cards.all()) {
      const href = (await card.locator('h3 a').getAttribute('href')) ?? '';
      const target = await inspect(request, href);
      expect(target.status, href).toBe(200);
      expect(target.isFallback, `${href} is a fallback page`).toBe(false);
      // Guide and news cards carry their date, as in the listings.
      await expect(card.locator('time'), href).toHaveCount(1);
    }
  });
}

test('the latest news never leaves two thirds of its row empty at 1280 px', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const locale of locales) {
    await page.goto(`/${locale}/`);
    const { used, column, count } = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const style = getComputedStyle(main);
      const column = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const items = [...document.querySelectorAll('.news-list > li')].map((li) => li.getBoundingClientRect());
      const top = items[0]?.top ?? 0;
      const row = items.filter((r) => Math.abs(r.top - top) < 1);
      const used = row.length ? Math.max(...row.map((r) => r.right)) - Math.min(...row.map((r) => r.left)) : 0;
      return { used, column, count: items.length };
    });
    expect(count, locale).toBeGreaterThan(0);
    expect(used / column, `${locale}: the first row of news uses ${Math.round(used)} of ${Math.round(column)} px`).toBeGreaterThan(0.6);
  }
});
