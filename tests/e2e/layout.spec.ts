import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { templatePaths } from './helpers';
import { pngSize } from '../../src/lib/outputs/share-image';

// Layout checks that need a real browser's computed styles and boxes (Chromium).

// Every template in every locale, at a 320 px phone, a 375 px phone and a 1280 px laptop: the page
// never scrolls sideways and <main> keeps its padding. (The header's height on phones is asserted in
// header.spec.ts, a guide's first paragraph in article-layout.spec.ts; `npm run screenshots` is what a
// person looks at.) One test per locale and width, so none visits more than about fifteen pages.
for (const locale of locales) {
  for (const width of [320, 375, 1280]) {
    test(`/${locale}/ at ${width} px: every template fits the width and <main> keeps its padding`, async ({ page }) => {
      await page.setViewportSize({ width, height: width < 800 ? 740 : 900 });
      for (const path of templatePaths(locale)) {
        await page.goto(path);
        const m = await page.evaluate(() => {
          const main = document.querySelector('main');
          const style = main ? getComputedStyle(main) : null;
          return {
            scrollWidth: document.scrollingElement!.scrollWidth,
            padding: style ? [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft].map(parseFloat) : [],
          };
        });
        expect.soft(m.scrollWidth, `${path}: the page scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
        expect.soft(m.padding.length, `${path}: no <main>`).toBe(4);
        for (const value of m.padding) expect.soft(value, `${path}: <main> lost its padding`).toBeGreaterThan(0);
      }
    });
  }
}

// The language tag on a listing card (an untranslated item) is checked on the fixture site:
// tests/e2e-fixture/fallback.spec.ts.

test('the topics index lists topics alphabetically, each count on one line, with the columns starting level', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const [path, intl] of [['/uk/topics/', 'uk-UA'], ['/ro/topics/', 'ro-RO'], ['/en/topics/', 'en-GB']] as const) {
    await page.goto(path);
    const labels = await page.locator('.topic-list li > a').allTextContents();
    expect(labels.length, path).toBeGreaterThan(1);
    expect(labels, path).toEqual([...labels].sort(new Intl.Collator(intl, { sensitivity: 'base' }).compare));
    const items = page.locator('.topic-list li');
    const boxes = await items.evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().top));
    // The first row's items share a top edge, wherever the grid puts them.
    const firstRow = boxes.filter((top) => Math.abs(top - boxes[0]!) < 1);
    expect(firstRow.length, path).toBeGreaterThan(1);
    for (const count of await page.locator('.topic-count').all()) {
      const lineHeight = await count.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || el.getBoundingClientRect().height);
      expect((await count.boundingBox())!.height, path).toBeLessThan(lineHeight * 1.5);
    }
  }
});

// What a link preview shows: every template declares a share image, served at its declared size.
for (const locale of locales) {
  test(`/${locale}/ every template declares a share image that is served at its declared size`, async ({ page, baseURL }) => {
    for (const path of templatePaths(locale)) {
      await page.goto(path);
      const image = await page.evaluate(() => {
        const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content') ?? null;
        return {
          url: meta('og:image'),
          size: [meta('og:image:width'), meta('og:image:height')].map(Number),
          card: document.querySelector('meta[name="twitter:card"]')?.getAttribute('content') ?? null,
        };
      });
      expect(image.url, `${path}: og:image`).not.toBeNull();
      expect(image.card, `${path}: twitter:card`).toBe('summary_large_image');
      // The absolute URL names the production site; this server answers the same path.
      const response = await page.request.get(new URL(new URL(image.url!).pathname, baseURL).href);
      expect(response.status(), `${path}: ${image.url}`).toBe(200);
      const size = pngSize(await response.body());
      expect(size, `${path}: ${image.url} is a PNG`).toBeDefined();
      expect([size!.width, size!.height], `${path}: ${image.url} size`).toEqual(image.size);
    }
  });
}
