import { test, expect } from '@playwright/test';
import { locales } from '../../src/i18n/locales';
import { pageTypePaths } from './helpers';
import { selectors } from '../../src/lib/outputs/dom-contract';
import { documentPath, listDocuments } from '../../scripts/lib/content-samples';
import { repository } from '../../src/settings';

for (const locale of locales) {
  test(`every page type renders in ${locale} with lang="${locale}", one h1 and the chrome in ${locale}`, async ({ page }) => {
    // Every locale has every type (real or fallback); the real documents are picked from content/.
    const standalone = listDocuments('pages').map((doc): [string, string] => [doc.slug, documentPath(locale, doc)]);
    for (const [type, path] of [...Object.entries(pageTypePaths(locale)), ...standalone]) {
      const response = await page.goto(path);
      expect(response?.status(), type).toBe(200);
      await expect(page.locator('html'), type).toHaveAttribute('lang', locale);
      await expect(page.locator('h1'), type).toHaveCount(1);
      await expect(page.locator('a.skip-link'), type).toHaveCount(1);
    }
  });

  test(`the ${locale} RSS feed is RSS 2.0 in ${locale} and lists only real ${locale} translations`, async ({ page, request }) => {
    const response = await request.get(`/${locale}/rss.xml`);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const doc = await page.evaluate((text) => {
      const parsed = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: parsed.querySelector('parsererror')?.textContent ?? null,
        version: parsed.documentElement.getAttribute('version'),
        language: parsed.querySelector('channel > language')?.textContent,
        links: [...parsed.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
        self: parsed.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0]?.getAttribute('href'),
      };
    }, xml);
    expect(doc.error).toBeNull();
    expect(doc.version).toBe('2.0');
    expect(doc.language).toBe(locale);
    expect(doc.self).toMatch(new RegExp(`/${locale}/rss\\.xml$`));
    expect(doc.links.length).toBeGreaterThan(0);
    for (const link of doc.links) expect(new URL(link).pathname.startsWith(`/${locale}/news/`), link).toBe(true);
    // Every listed item is a real translation, not a fallback page.
    for (const link of doc.links) {
      await page.goto(new URL(link).pathname);
      await expect(page.locator(selectors.fallbackNotice), link).toHaveCount(0);
    }
  });
}

test('every page advertises its locale’s feed', async ({ page }) => {
  await page.goto('/ro/guides/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/ro\/rss\.xml$/);
});

test('a guide has a table of contents pointing at its headings, a reading time with the right plural, and related guides', async ({ page }) => {
  await page.goto('/uk/guides/eu-market-entry-for-it-smes/');
  const tocLinks = page.locator('nav.toc a');
  expect(await tocLinks.count()).toBeGreaterThan(3);
  for (const href of await tocLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), href).toHaveCount(1);
  }
  await expect(page.locator('.meta')).toContainText(/\d+ хвилин(а|и)? читання/);
  await expect(page.locator('section.related .card').first()).toBeVisible();
});

test('a detail page has breadcrumbs, JSON-LD with its language, and Open Graph article data', async ({ page }) => {
  await page.goto('/es/news/itbridge-kickoff-cluj-napoca/');
  await expect(page.getByRole('navigation', { name: /migas|ruta/i }).locator('li')).toHaveCount(3);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '[]') as Record<string, unknown>[];
  const article = jsonLd.find((d) => d['@type'] === 'NewsArticle');
  expect(article?.inLanguage).toBe('es');
  expect(article?.datePublished).toBe('2025-02-13');
  expect(jsonLd.some((d) => d['@type'] === 'BreadcrumbList')).toBe(true);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /^2025-02-13/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(4);
});

test('a partner page shows location and the partner’s publications', async ({ page }) => {
  await page.goto('/es/partners/kharkiv-it-cluster/');
  await expect(page.locator('.meta')).toContainText('Járkov, Ucrania');
  await expect(page.locator('section.related a[href="/es/news/itbridge-kickoff-cluj-napoca/"]')).toHaveCount(1);
});

test('a study shows its summary before the text', async ({ page }) => {
  await page.goto('/ro/studies/eu-ukraine-digital-sector-study/');
  await expect(page.locator('article .lede')).toBeVisible();
  await expect(page.locator('.meta')).toContainText('Planificat');
});

test('print hides the chrome and shows link addresses', async ({ page }) => {
  await page.goto('/en/guides/gdpr-contracts-selling-software-eu/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('footer.site-footer')).toBeHidden();
  await expect(page.locator('nav.toc')).toBeHidden();
});

test('articles end with editing links only once src/settings.ts names a repository, and never on paper', async ({ page }) => {
  // The gate checks every page (tests/site/site-check/rules/edit-links.ts); this is what a reader sees.
  await page.goto('/uk/guides/eu-market-entry-for-it-smes/');
  const links = page.locator(selectors.editLinks);
  if (!repository) {
    await expect(page.locator('.edit-links')).toHaveCount(0);
    return;
  }
  await expect(links.first()).toBeVisible();
  await expect(links.first()).toHaveAttribute('href', /content\/guides\/uk\/eu-market-entry-for-it-smes\.md/);
  await page.emulateMedia({ media: 'print' });
  await expect(links.first()).toBeHidden();
});

test('a printed guide names the site, its address and its version date, which the screen does not show', async ({ page }) => {
  await page.goto('/uk/guides/eu-market-entry-for-it-smes/');
  const provenance = page.locator('.print-provenance');
  await expect(provenance).toBeHidden();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await page.emulateMedia({ media: 'print' });
  await expect(provenance).toBeVisible();
  await expect(provenance).toContainText('ITBridge');
  await expect(provenance).toContainText(canonical!);
  // The date in the page language, matching the version the page itself shows.
  const shown = await page.locator('article time').last().getAttribute('datetime');
  await expect(provenance.locator('time')).toHaveAttribute('datetime', shown!);
  await expect(provenance.locator('time')).toContainText(/Версія від \d{1,2} [а-яії]+ \d{4} р\./);
});

test('the editors’ translation status page shows the matrix, is noindex and linked from no page', async ({ page, request }) => {
  await page.goto('/status/translations/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const row = page.locator('tr', { has: page.locator('th', { hasText: 'guides/b2b-matchmaking-events' }) });
  const cells = await row.locator('td').allTextContents();
  expect(cells).toHaveLength(5);
  expect(cells[0]).toBe('original');
  // Translated into every language (a "missing" cell is tested on the fixture site, tests/e2e-fixture/).
  for (const cell of cells.slice(1)) expect(['up to date', 'stale']).toContain(cell);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/status/');
  await page.goto('/en/');
  await expect(page.locator('a[href*="/status/"]')).toHaveCount(0);
});
