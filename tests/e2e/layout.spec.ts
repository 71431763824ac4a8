import { test, expect } from '@playwright/test';

// Layout checks that need a real browser's computed styles and boxes (Chromium).

const templates = ['/uk/', '/en/guides/', '/ro/guides/eu-market-entry-for-it-smes/', '/bg/topics/', '/es/partners/'];

for (const width of [320, 375, 1280]) {
  test(`main keeps its inline and block padding at ${width} px on every template`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of templates) {
      await page.goto(path);
      const padding = await page.locator('main').evaluate((main) => {
        const style = getComputedStyle(main);
        return {
          inline: [style.paddingLeft, style.paddingRight].map(parseFloat),
          block: [style.paddingTop, style.paddingBottom].map(parseFloat),
        };
      });
      for (const value of [...padding.inline, ...padding.block]) expect(value, path).toBeGreaterThan(0);
    }
  });
}

test('the language tag on a listing card stands apart from the date', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/bg/guides/');
  const meta = page.locator('.card', { has: page.locator('a[href="/bg/guides/b2b-matchmaking-events/"]') }).locator('.card-meta');
  const date = await meta.locator('time').boundingBox();
  const tag = await meta.locator('.tag').boundingBox();
  expect(date).not.toBeNull();
  expect(tag).not.toBeNull();
  // Either the tag wrapped to its own line or there is a visible gap after the date.
  const sameLine = Math.abs(date!.y + date!.height / 2 - (tag!.y + tag!.height / 2)) < date!.height;
  if (sameLine) expect(tag!.x - (date!.x + date!.width)).toBeGreaterThanOrEqual(4);
});

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
