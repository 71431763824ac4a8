import { test, expect, type Page } from '@playwright/test';
import { locales, localeRegistry, type Locale } from '../../src/i18n/locales';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { selectors } from '../../src/lib/outputs/dom-contract';
import { localeOfPath, templatePaths } from './helpers';

// The header without JavaScript: a phone menu and a language selector as native <details>, a search
// field on every page, the logo, and one typeface for every language name.

/** Pages with the site header: one of each template, without the root pages (chooser, root 404, status). */
/** A UI string, read from src/i18n/ui/<locale>.json (Playwright's loader cannot import the JSON modules the translator uses). */
function ui(locale: Locale, key: string): string {
  const strings = JSON.parse(readFileSync(resolve(import.meta.dirname, `../../src/i18n/ui/${locale}.json`), 'utf8')) as Record<string, unknown>;
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);
  if (typeof value !== 'string') throw new Error(`no UI string ${key} in ${locale}`);
  return value;
}
const useTranslations = (locale: Locale) => ({ t: (key: string) => ui(locale, key) });

const headerPages = (locale: Locale) => templatePaths(locale).filter((p) => localeOfPath(p) === locale);
const header = (page: Page) => page.locator('header.site-header');
const mainNav = (page: Page, locale: Locale) => header(page).getByRole('navigation', { name: useTranslations(locale).t('a11y.mainNavigation'), exact: true });
const languageSummary = (page: Page) => page.locator(`${selectors.languageSwitcher} summary`);

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 375]) {
  for (const locale of locales) {
    test(`at ${width} px every /${locale}/ template has a header of at most 120 px with the menus closed, and no horizontal scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 700 });
      for (const path of headerPages(locale)) {
        await page.goto(path);
        const box = await header(page).boundingBox();
        expect(box, path).not.toBeNull();
        expect(box!.height, path).toBeLessThanOrEqual(120);
        expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0);
        // Closed: neither the navigation links nor the language list is shown.
        await expect(mainNav(page, locale).getByRole('link').first(), path).toBeHidden();
        await expect(page.locator(selectors.languageSwitcherLinks).first(), path).toBeHidden();
      }
    });
  }
}

test('on a phone the menu opens from the keyboard and shows the seven navigation links', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/ro/guides/eu-market-entry-for-it-smes/');
  const { t } = useTranslations('ro');
  const summary = mainNav(page, 'ro').locator('summary');
  await expect(summary).toHaveText(t('nav.menu'));
  await summary.focus();
  await page.keyboard.press('Enter');
  const links = mainNav(page, 'ro').getByRole('link');
  await expect(links).toHaveCount(7);
  for (const link of await links.all()) await expect(link).toBeVisible();
  await expect(mainNav(page, 'ro').getByRole('link', { name: t('nav.guides') })).toHaveAttribute('aria-current', 'page');
  // Still no horizontal scroll with the menu open, and Enter closes it again.
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(links.first()).toBeHidden();
});

test('at 1280 px the navigation is shown inline without opening anything', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const locale of locales) {
    await page.goto(`/${locale}/news/`);
    const { t } = useTranslations(locale);
    await expect(mainNav(page, locale).locator('summary')).toBeHidden();
    const links = mainNav(page, locale).getByRole('link');
    await expect(links).toHaveCount(7);
    for (const link of await links.all()) await expect(link).toBeVisible();
    await expect(mainNav(page, locale).getByRole('link', { name: t('nav.news'), exact: true })).toHaveAttribute('aria-current', 'page');
    // One row of links: all of them on the same line.
    const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, locale).toBe(1);
  }
});

for (const width of [375, 1280]) {
  test(`at ${width} px the language selector lists the five languages with lang and hreflang, and keeps the page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/bg/guides/eu-market-entry-for-it-smes/');
    const summary = languageSummary(page);
    // The summary names the selector and the current language, in the page's language.
    await expect(summary).toHaveAccessibleName(/^Език: Български/);
    await summary.focus();
    await page.keyboard.press('Enter');
    const links = page.locator(selectors.languageSwitcherLinks);
    await expect(links).toHaveCount(localeRegistry.length);
    for (const [i, info] of localeRegistry.entries()) {
      const link = links.nth(i);
      await expect(link).toBeVisible();
      await expect(link).toHaveText(info.nativeName);
      await expect(link).toHaveAttribute('lang', info.code);
      await expect(link).toHaveAttribute('hreflang', info.code);
      await expect(link).toHaveAttribute('href', `/${info.code}/guides/eu-market-entry-for-it-smes/`);
    }
    await expect(page.locator(`${selectors.languageSwitcherLinks}[aria-current="true"]`)).toHaveAttribute('hreflang', 'bg');
    await page.getByRole('link', { name: 'Español', exact: true }).click();
    await expect(page).toHaveURL(/\/es\/guides\/eu-market-entry-for-it-smes\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });
}

test('opening the language selector closes the menu, so the two panels never overlap', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto('/uk/news/');
  await mainNav(page, 'uk').locator('summary').click();
  await expect(mainNav(page, 'uk').getByRole('link').first()).toBeVisible();
  await languageSummary(page).click();
  await expect(page.locator(selectors.languageSwitcherLinks).first()).toBeVisible();
  await expect(mainNav(page, 'uk').getByRole('link').first()).toBeHidden();
});

for (const locale of locales) {
  test(`every /${locale}/ page but search has a GET search form to /${locale}/search/ in its header`, async ({ page }) => {
    const { t } = useTranslations(locale);
    for (const path of headerPages(locale)) {
      await page.goto(path);
      const form = header(page).getByRole('search');
      if (path.startsWith(`/${locale}/search/`)) {
        // The search page has its own field; a second, empty one above it would only confuse.
        await expect(form, path).toHaveCount(0);
        continue;
      }
      await expect(form, path).toHaveCount(1);
      expect(await form.evaluate((f: HTMLFormElement) => [f.method, new URL(f.action).pathname]), path).toEqual(['get', `/${locale}/search/`]);
      await expect(form.getByRole('searchbox', { name: t('search.label'), exact: true }), path).toHaveAttribute('name', 'q');
      await expect(form.getByRole('button', { name: t('search.submit'), exact: true }), path).toHaveAttribute('type', 'submit');
    }
  });
}

for (const [locale, width] of [['en', 1280], ['uk', 375], ['es', 320]] as const) {
  test(`at ${width} px a /${locale}/ reader searches from an article and lands on the results`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    const { t } = useTranslations(locale);
    await page.goto(`/${locale}/guides/eu-market-entry-for-it-smes/`);
    // Zero JavaScript on the article; the form alone takes the reader to the results.
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const input = header(page).getByRole('searchbox', { name: t('search.label'), exact: true });
    await input.fill('ITBridge');
    await input.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${locale}/search/\\?q=ITBridge$`));
    await expect(page.locator('main [role="status"]')).toHaveText(/\d.*ITBridge/);
  });
}

test('a Latin page fetches no Cyrillic font until the language selector is opened, and every language name is in one face', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.goto('/en/guides/eu-market-entry-for-it-smes/');
  await page.waitForLoadState('networkidle');
  expect(fonts.filter((f) => f.includes('cyrillic'))).toEqual([]);
  const cyrillic = page.waitForRequest((r) => r.resourceType() === 'font' && r.url().includes('cyrillic'));
  await languageSummary(page).click();
  await cyrillic;
  const faces = await page.locator(selectors.languageSwitcherLinks).evaluateAll((as) => as.map((a) => getComputedStyle(a).fontFamily));
  expect(faces).toHaveLength(localeRegistry.length);
  expect(new Set(faces).size).toBe(1);
  expect(faces[0]).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
});

for (const path of ['/', '/404.html', '/uk/news/']) {
  test(`on ${path} every language name and its line are in the site's one typeface`, async ({ page }) => {
    await page.goto(path);
    const body = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const names = page.locator(path.startsWith('/uk/') ? selectors.languageSwitcherLinks : 'main li[lang], main li[lang] *, main [lang]');
    const faces = await names.evaluateAll((els) => els.map((e) => getComputedStyle(e).fontFamily));
    expect(faces.length).toBeGreaterThanOrEqual(localeRegistry.length);
    expect([...new Set(faces)]).toEqual([body]);
  });
}

test('the logo leads home under the site name, and the chooser shows it with a line in every language', async ({ page }) => {
  await page.goto('/es/news/');
  const logo = header(page).getByRole('link', { name: 'ITBridge', exact: true });
  await expect(logo).toHaveAttribute('href', '/es/');
  await expect(logo.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'ITBridge', exact: true })).toBeVisible();
  for (const info of localeRegistry) {
    const { t } = useTranslations(info.code);
    const option = page.locator(`main li[lang="${info.code}"]`);
    await expect(option.getByRole('link', { name: info.nativeName, exact: true })).toHaveAttribute('href', `/${info.code}/`);
    await expect(option).toContainText(t('site.tagline'));
  }
  await page.goto('/404.html');
  await expect(page.getByRole('link', { name: 'ITBridge', exact: true })).toHaveAttribute('href', '/');
});
