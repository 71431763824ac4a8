import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { locales } from '../../src/i18n/locales';
import { templatePaths } from './helpers';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// One test per page, so that each stays short on a busy machine and a failure names its page.
for (const locale of locales) {
  for (const path of templatePaths(locale)) {
    test(`axe finds no WCAG 2.2 AA or best-practice violations on ${path}, which reflows at 320 px`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      if (path.includes('/search/')) await page.locator('.search-results > li').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, path).toEqual([]);
      // Reflow: at 320 CSS pixels nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at 320 px`).toBeLessThanOrEqual(0);
    });
  }
}

test('the accessibility check catches planted violations', async ({ page }) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    main.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><a href="/en/"></a>');
    // Styled through the CSSOM: the page's Content-Security-Policy (style-src 'self') blocks a style attribute.
    const low = document.createElement('p');
    low.textContent = 'Low contrast text';
    low.style.color = '#bbb';
    low.style.background = '#fff';
    main.append(low);
  });
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'link-name']));
});
