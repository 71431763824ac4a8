import { test, expect } from '@playwright/test';
import { localeCodes, watchForeignRequests } from './helpers';

const templates = (l: string) => [
  `/${l}/`,
  `/${l}/news/`,
  `/${l}/news/itbridge-kickoff-cluj-napoca/`,
  `/${l}/guides/eu-market-entry-for-it-smes/`,
  `/${l}/studies/eu-ukraine-digital-sector-study/`,
  `/${l}/partners/odesa-it-family/`,
  `/${l}/topics/`,
  `/${l}/privacy/`,
  `/${l}/search/?q=ITBridge`,
];

for (const locale of localeCodes) {
  test(`no request leaves the site and no cookie is set on ${locale} templates`, async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign = watchForeignRequests(page, origin);
    for (const path of [...templates(locale), ...(locale === 'en' ? ['/', '/no/such/page/'] : [])]) {
      await page.goto(path);
      if (path.includes('/search/')) await page.locator('itb-search[data-state="ready"]').waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(foreign()).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
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
