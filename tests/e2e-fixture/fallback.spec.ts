import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { attributes, selectors } from '../../src/lib/outputs/dom-contract';
import { listFiles, readSitemap, urlPathOf } from '../helpers/dist';
import { watchForeignRequests } from '../e2e/helpers';
import { fixtureDistDir, fixtureFallbackPaths, fixtureFile, guidePath } from './helpers';

// Fallback pages on the fixture site (tests/fixtures/content/, built into dist-fixture/): its guide exists
// in English only, so every other locale shows it as a fallback page. The real content has every document
// translated; these tests were on its one untranslated guide until the Bulgarian translation arrived.

test('the fixture site has a fallback page in every locale but English', () => {
  for (const [locale, path] of fixtureFallbackPaths()) {
    expect(path, locale).toMatch(new RegExp(`^/${locale}/`));
    expect(readFileSync(fixtureFile(path), 'utf8'), path).toContain('data-fallback-notice');
  }
});

test('switching language on an untranslated page lands on the fallback page with a notice in that language', async ({ page }) => {
  await page.goto(guidePath('en'));
  await page.locator(`${selectors.languageSwitcher} summary`).click();
  await page.getByRole('link', { name: 'Български' }).click();
  await expect(page).toHaveURL(/\/bg\/guides\/fixture-guide\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'bg');
  const notice = page.locator(selectors.fallbackNotice);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('не е преведена на български');
  // The notice comes before the title, so the reader learns it first.
  const h1 = page.locator('h1');
  await expect(h1).toHaveText('Fixture guide');
  expect(await notice.evaluate((n, title) => Boolean(n.compareDocumentPosition(title!) & Node.DOCUMENT_POSITION_FOLLOWING), await h1.elementHandle())).toBe(true);
  expect((await notice.boundingBox())!.y).toBeLessThan((await h1.boundingBox())!.y);
  await expect(page.locator('article')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article')).not.toHaveAttribute(attributes.searchBody, /.*/);
  await expect(page.locator(selectors.robotsMeta)).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/guides\/fixture-guide\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
  // The notice links to the original, and the chrome stays Bulgarian.
  await expect(page.locator(selectors.originalLink)).toHaveAttribute('href', guidePath('en'));
  await expect(page.getByRole('navigation', { name: 'Основна навигация' })).toBeVisible();
  // From the fallback page, switching on to a language that has the guide lands on it, without a notice.
  await page.locator(`${selectors.languageSwitcher} summary`).click();
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/guides\/fixture-guide\/$/);
  await expect(page.locator(selectors.fallbackNotice)).toHaveCount(0);
});

test('from a fallback page, switching to a language with a translation lands on the translation', async ({ page }) => {
  // The fixture news item exists in English and Ukrainian: Bulgarian is a fallback page.
  await page.goto('/bg/news/first-news/');
  await expect(page.locator(selectors.fallbackNotice)).toBeVisible();
  await page.locator(`${selectors.languageSwitcher} summary`).click();
  await page.getByRole('link', { name: 'Українська' }).click();
  await expect(page).toHaveURL(/\/uk\/news\/first-news\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator(selectors.fallbackNotice)).toHaveCount(0);
  await expect(page.locator('article')).not.toHaveAttribute('lang', /.+/);
});

test('a listing marks an untranslated item with its language and links to the fallback page', async ({ page }) => {
  await page.goto('/bg/guides/');
  const item = page.locator('.card', { has: page.locator(`a[href="${guidePath('bg')}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item.locator('a')).toHaveAttribute('lang', 'en');
  await expect(item.locator('.tag')).toHaveText('на английски');
  // A translated item carries no language mark.
  await page.goto('/uk/news/');
  const translated = page.locator('.card', { has: page.locator('a[href="/uk/news/first-news/"]') });
  await expect(translated).toHaveCount(1);
  await expect(translated.locator('a')).not.toHaveAttribute('lang', /.+/);
  await expect(translated.locator('.tag')).toHaveCount(0);
});

test('the language tag on a listing card stands apart from the date', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/bg/guides/');
  const meta = page.locator('.card', { has: page.locator(`a[href="${guidePath('bg')}"]`) }).locator('.card-meta');
  const date = await meta.locator('time').boundingBox();
  const tag = await meta.locator('.tag').boundingBox();
  expect(date).not.toBeNull();
  expect(tag).not.toBeNull();
  // Either the tag wrapped to its own line or there is a visible gap after the date.
  const sameLine = Math.abs(date!.y + date!.height / 2 - (tag!.y + tag!.height / 2)) < date!.height;
  if (sameLine) expect(tag!.x - (date!.x + date!.width)).toBeGreaterThanOrEqual(4);
});

test('the editors’ translation status page marks an untranslated document as missing in those languages', async ({ page }) => {
  await page.goto('/status/translations/');
  await expect(page.locator(selectors.robotsMeta)).toHaveAttribute('content', 'noindex');
  const row = page.locator('tr', { has: page.locator('th', { hasText: 'guides/fixture-guide' }) });
  const cells = await row.locator('td').allTextContents();
  expect(cells).toEqual(['original', 'missing', 'missing', 'missing', 'missing']);
  // A document translated into Ukrainian only is up to date (or stale) there and missing elsewhere.
  const news = await page.locator('tr', { has: page.locator('th', { hasText: 'news/first-news' }) }).locator('td').allTextContents();
  expect(news[0]).toBe('original');
  expect(['up to date', 'stale']).toContain(news[1]);
  expect(news.slice(2)).toEqual(['missing', 'missing', 'missing']);
});

test('every fallback page is left out of the sitemap; the English-only guide is listed once', () => {
  const locs = readSitemap(fixtureDistDir).map((e) => e.path);
  const fallbacks = listFiles(fixtureDistDir, 'index.html')
    .map((file) => urlPathOf(file, fixtureDistDir))
    .filter((p) => p !== '/' && parse(readFileSync(fixtureFile(p), 'utf8')).querySelector(selectors.fallbackNotice) !== null);
  expect(fallbacks).toEqual(expect.arrayContaining(fixtureFallbackPaths().map(([, path]) => path)));
  for (const path of fallbacks) expect(locs, path).not.toContain(path);
  expect(locs.filter((p) => p.endsWith('/guides/fixture-guide/'))).toEqual([guidePath('en')]);
});

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// The fallback template in every locale: axe, reflow at 320 px, no third-party request and no cookie,
// as tests/e2e/ checks every other template.
for (const [locale, path] of fixtureFallbackPaths()) {
  test(`axe finds no WCAG 2.2 AA or best-practice violations on the ${locale} fallback page ${path}, which reflows at 320 px`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator(selectors.fallbackNotice)).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), path).toEqual([]);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} at 320 px`).toBeLessThanOrEqual(0);
  });

  test(`no request leaves the site and no cookie is set on the ${locale} fallback page ${path}`, async ({ page, context, baseURL }) => {
    const foreign = watchForeignRequests(page, new URL(baseURL!).origin);
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign()).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(problems).toEqual([]);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
  });
}
