import { test, expect, type Page } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { builtPages, localeOfPath } from './helpers';
import { selectors } from '../../src/lib/outputs/dom-contract';

const pages = builtPages();

/** Collects console errors and failed requests while a page loads. */
async function visit(page: Page, path: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A request the browser aborts because the test navigates on (a favicon, typically) is not a fault.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  const response = await page.goto(path);
  return { response, problems };
}

test('the build produced pages in every locale', () => {
  for (const locale of locales) expect(pages.filter((p) => p.startsWith(`/${locale}/`)).length).toBeGreaterThan(10);
});

/** The section of a locale's page, its second path segment: '/uk/news/2025/' → 'news', '/uk/' → 'home'. */
const sectionOf = (path: string) => path.split('/')[2] || 'home';

// One test per locale and section (home, news, guides, …), so that no test visits a whole locale's
// pages and each stays within its time limit on a busy machine.
for (const locale of locales) {
  const own = pages.filter((p) => localeOfPath(p) === locale);
  for (const section of [...new Set(own.map(sectionOf))]) {
    test(`every /${locale}/ ${section} page has <html lang="${locale}">, loads without console errors, and its language links resolve`, async ({ page }) => {
      for (const path of own.filter((p) => sectionOf(p) === section)) {
        const { response, problems } = await visit(page, path);
        const notFound = path.endsWith('/404/');
        expect(response?.status(), path).toBe(200);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        expect(problems, path).toEqual([]);
        // The language switcher: one link per locale in its native name, one current, none leading to a 404.
        const links = page.locator(selectors.languageSwitcherLinks);
        await expect(links, path).toHaveCount(locales.length);
        await expect(page.locator(`${selectors.languageSwitcherLinks}[aria-current="true"]`), path).toHaveAttribute('hreflang', locale);
        if (notFound) continue;
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          expect(pages, `${path} → ${href}`).toContain(href);
        }
      }
    });
  }
}

test('switching language on a translated page lands on its translation', async ({ page }) => {
  await page.goto('/en/news/itbridge-kickoff-cluj-napoca/');
  // The language selector is a <details>: open it, then follow the link.
  await page.locator(`${selectors.languageSwitcher} summary`).click();
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/news\/itbridge-kickoff-cluj-napoca\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator(selectors.fallbackNotice)).toHaveCount(0);
  await expect(page.locator('article')).not.toHaveAttribute('lang', /.+/);
  await expect(page.locator('h1')).not.toHaveText(await (async () => 'ITBridge')());
});

// Fallback pages (the switcher to an untranslated page, its notice, canonical, noindex, listing tags) are
// tested on the fixture site, whose guide is English only: tests/e2e-fixture/fallback.spec.ts.

test('a translated page lists itself and every real translation as absolute hreflang alternates plus x-default', async ({ page }) => {
  await page.goto('/bg/news/itbridge-kickoff-cluj-napoca/');
  const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((ls) =>
    ls.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]),
  );
  expect(alternates.map(([h]) => h)).toEqual(['en', 'uk', 'ro', 'es', 'bg', 'x-default']);
  for (const [, href] of alternates) expect(href).toMatch(/^https?:\/\//);
  expect(alternates.at(-1)?.[1]).toMatch(/\/$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/bg\/news\/itbridge-kickoff-cluj-napoca\/$/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'bg_BG');
  await expect(page.locator(selectors.robotsMeta)).toHaveCount(0);
});

test('the root is a language chooser in native names, without redirecting', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  for (const [code, name] of [['en', 'English'], ['uk', 'Українська'], ['ro', 'Română'], ['es', 'Español'], ['bg', 'Български']]) {
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toHaveAttribute('href', `/${code}/`);
    await expect(link).toHaveAttribute('hreflang', code!);
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/$/);
});

test('an unknown URL gets the root 404 offering the five languages', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[hreflang]')).toHaveCount(5);
  await expect(page.locator(selectors.robotsMeta)).toHaveAttribute('content', 'noindex');
});

test('the skip link is the first thing the keyboard reaches and moves focus to the main content', async ({ page }) => {
  await page.goto('/es/guides/eu-market-entry-for-it-smes/');
  await page.keyboard.press('Tab');
  const skip = page.locator(selectors.skipLink);
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('pages reflow at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', '/uk/', '/bg/news/', '/ro/guides/eu-market-entry-for-it-smes/', '/es/partners/cluster-digital-de-catalunya/', '/bg/guides/b2b-matchmaking-events/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('dates are shown in the reader’s language', async ({ page }) => {
  await page.goto('/uk/news/itbridge-kickoff-cluj-napoca/');
  await expect(page.locator('article time').first()).toContainText('13 лютого 2025 р.');
  await page.goto('/es/news/itbridge-kickoff-cluj-napoca/');
  await expect(page.locator('article time').first()).toContainText('13 de febrero de 2025');
});

test('no page sets a cookie', async ({ page, context }) => {
  for (const path of ['/', '/en/', '/uk/news/itbridge-kickoff-cluj-napoca/']) await page.goto(path);
  expect(await context.cookies()).toEqual([]);
});

test('keyboard focus is visible and the language switcher works without a mouse', async ({ page }) => {
  await page.goto('/ro/guides/eu-market-entry-for-it-smes/');
  // Tab past the skip link to the brand link, then check the focus ring is drawn.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(outline.tag).toBe('A');
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  // Reach the language selector with Tab alone, open it with Enter, then Tab to the Ukrainian link and follow it.
  for (let i = 0; i < 10; i++) {
    if (await page.evaluate((switcher) => document.activeElement?.matches(`${switcher} summary`), selectors.languageSwitcher)) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('hreflang'))) === 'uk') break;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate((switcher) => document.activeElement?.closest(switcher) !== null, selectors.languageSwitcher)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/uk\/guides\/eu-market-entry-for-it-smes\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
