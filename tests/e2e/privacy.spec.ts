import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { templatePaths, watchForeignRequests } from './helpers';

// One test per page (each in a fresh browser context), so that each stays short on a busy machine.
for (const locale of locales) {
  for (const path of [...templatePaths(locale), ...(locale === 'en' ? ['/no/such/page/'] : [])]) {
    test(`no request leaves the site and no cookie is set on ${path}`, async ({ page, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign = watchForeignRequests(page, origin);
      await page.goto(path);
      if (path.includes('/search/')) await page.locator('itb-search[data-state="ready"]').waitFor();
      await page.waitForLoadState('networkidle');
      expect(foreign()).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  }
}

test('the third-party check catches a planted request to another host', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign = watchForeignRequests(page, origin);
  await page.route('https://fonts.example.net/**', (route) => route.fulfill({ status: 204, body: '' }));
  await page.goto('/en/');
  await page.evaluate(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'https://fonts.example.net/css?family=Planted';
    document.head.append(link);
  });
  await page.waitForLoadState('networkidle');
  await expect.poll(() => foreign()).toEqual(['https://fonts.example.net/css?family=Planted']);
});
