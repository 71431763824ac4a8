import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { locales } from '../../src/i18n/locales';
import { attributes } from '../../src/lib/outputs/dom-contract';
import { documentPath, listDocuments, longestGuidePath } from '../../scripts/lib/content-samples';
import { builtPages, distDir, readBuilt } from './helpers';

// The guide layout of a documentation site (Chromium): contents beside the text on wide screens and
// folded away on phones, so the text starts on the first screens; readable tables; back to top; and
// search excerpts made of the text, not of the page's chrome.

const phone = { height: 740 };

/** A UI string as the page shows it (the e2e runner cannot import the JSON through the translator). */
const ui = (locale: string, section: string, key: string): string =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '../../src/i18n/ui', `${locale}.json`), 'utf8')) as Record<string, Record<string, string>>)[section]![key]!;

/** Whether the document scrolls sideways (the page, not a scroll container inside it). */
const pageScrollsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth > window.innerWidth);

for (const locale of locales) {
  const path = longestGuidePath(locale);

  for (const width of [320, 375]) {
    test(`${path} at ${width} px: the text starts within 1.5 screens, below a closed contents box`, async ({ page }) => {
      await page.setViewportSize({ width, height: phone.height });
      await page.goto(path);
      const firstParagraph = page.locator('article .prose > p').first();
      const top = await firstParagraph.evaluate((p) => p.getBoundingClientRect().top + window.scrollY);
      expect(top).toBeLessThan(1.5 * phone.height);

      // One rendering of the contents per width: the sidebar is not displayed on phones.
      await expect(page.locator('nav.toc')).toBeHidden();
      const box = page.locator('details.toc-compact');
      await expect(box).toBeVisible();
      await expect(box).not.toHaveAttribute('open');
      await expect(box.locator('a').first()).toBeHidden();

      // It opens from the keyboard: Tab reaches the summary, Enter opens it.
      await box.locator('summary').focus();
      await expect(box.locator('summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(box).toHaveAttribute('open');
      await expect(box.locator('a').first()).toBeVisible();
    });

    test(`${path} at ${width} px: the breadcrumb is one line and the page never scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: phone.height });
      await page.goto(path);
      const crumbs = page.locator('nav.breadcrumbs ol');
      const { height, lineHeight } = await crumbs.evaluate((ol) => ({
        height: ol.getBoundingClientRect().height,
        lineHeight: parseFloat(getComputedStyle(ol).lineHeight),
      }));
      expect(height).toBeGreaterThan(0);
      expect(height).toBeLessThan(2 * lineHeight);
      // The page's own title is not repeated above it, but stays available to assistive technology.
      await expect(page.locator('nav.breadcrumbs [aria-current="page"]')).toHaveCount(1);
      expect(await page.locator('nav.breadcrumbs [aria-current="page"]').evaluate((el) => el.closest('li')!.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      await expect(page.locator('nav.breadcrumbs li.crumb-parent a')).toBeVisible();
      expect(await pageScrollsSideways(page)).toBe(false);
    });
  }

  test(`${path} at 1280 px: the contents are a sticky column of sections to the right of the text`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    const toc = page.locator('nav.toc');
    await expect(toc).toBeVisible();
    await expect(page.locator('details.toc-compact')).toBeHidden();
    const tocBox = (await toc.boundingBox())!;
    const text = (await page.locator('article .prose').boundingBox())!;
    // Beside the text, not above it: to its right, and level with the start of the article.
    expect(tocBox.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(tocBox.y).toBeLessThan(text.y);
    // The text keeps its measure.
    const measure = await page.locator('article .prose').evaluate((el) => parseFloat(getComputedStyle(el).maxWidth));
    expect(text.width).toBeLessThanOrEqual(measure + 1);

    // Sections only: every entry points at an h2 of the text, and every h2 of the text is listed.
    const targets = await toc.locator('a').evaluateAll((links) =>
      links.map((a) => document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))?.tagName ?? 'missing'),
    );
    expect(targets.length).toBeGreaterThan(3);
    expect(new Set(targets)).toEqual(new Set(['H2']));
    expect(targets.length).toBe(await page.locator('article .prose h2').count());

    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const stuck = await toc.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom, viewport: window.innerHeight };
    });
    expect(stuck.top).toBeGreaterThanOrEqual(0);
    expect(stuck.top).toBeLessThan(stuck.viewport);
    expect(stuck.bottom).toBeLessThanOrEqual(stuck.viewport);
    expect(await pageScrollsSideways(page)).toBe(false);
  });

  test(`${path}: a back-to-top link in the page language ends the article and targets an existing id`, async ({ page }) => {
    await page.goto(path);
    const link = page.locator('article .back-to-top a');
    await expect(link).toHaveCount(1);
    await expect(link).toContainText(ui(locale, 'article', 'backToTop'));
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#./);
    await expect(page.locator(`[id="${href.slice(1)}"]`)).toHaveCount(1);
    // It comes after the text.
    const after = await link.evaluate((a) => {
      const paragraphs = document.querySelectorAll('article .prose > *');
      return Boolean(paragraphs[paragraphs.length - 1]!.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });
}

const guidesWithTables = listDocuments('guides')
  .map((doc) => documentPath('uk', doc))
  .filter((path) => readBuilt(path).includes('<table'));

test('there are guides with tables to check', () => {
  expect(guidesWithTables.length).toBeGreaterThan(0);
});

for (const path of guidesWithTables) {
  for (const width of [320, 375]) {
    test(`${path} at ${width} px: each table fits or scrolls in a labelled, focusable region with a visible cue`, async ({ page }) => {
      await page.setViewportSize({ width, height: phone.height });
      await page.goto(path);
      expect(await pageScrollsSideways(page)).toBe(false);
      const tables = page.locator('article .prose table');
      expect(await tables.count()).toBeGreaterThan(0);
      for (const table of await tables.all()) {
        const state = await table.evaluate((t) => {
          const region = t.closest('.table-scroll');
          const viewport = document.documentElement.clientWidth;
          const right = t.getBoundingClientRect().right;
          if (!region) return { fits: right <= viewport, region: false as const };
          const previous = region.previousElementSibling;
          return {
            fits: region.scrollWidth <= region.clientWidth,
            region: true as const,
            regionInside: region.getBoundingClientRect().right <= viewport,
            scrolls: getComputedStyle(region).overflowX === 'auto',
            tabindex: region.getAttribute('tabindex'),
            label: region.getAttribute('aria-label'),
            hint: previous?.classList.contains('table-hint') ? getComputedStyle(previous).display !== 'none' : false,
          };
        });
        if (!state.region) {
          expect(state.fits).toBe(true);
          continue;
        }
        expect(state.regionInside).toBe(true);
        if (state.fits) continue;
        expect(state.scrolls).toBe(true);
        expect(state.tabindex).toBe('0');
        expect(state.label?.trim()).toBeTruthy();
        expect(state.hint).toBe(true);
      }
      // The region scrolls with the keyboard once focused.
      const region = page.locator('article .table-scroll').first();
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
    });
  }
}

test('at 320, 375 and 1280 px no article template scrolls the page sideways', async ({ page }) => {
  const paths = ['/uk/news/itbridge-kickoff-cluj-napoca/', '/bg/partners/kharkiv-it-cluster/', '/ro/studies/eu-ukraine-digital-sector-study/', ...guidesWithTables];
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of paths) {
      await page.goto(path);
      expect(await pageScrollsSideways(page), `${path} at ${width}`).toBe(false);
    }
  }
});

/** The indexed text of every page Pagefind holds, by URL (its fragments are gzipped JSON). */
function indexedText(): Map<string, string> {
  const dir = join(distDir, 'pagefind', 'fragment');
  const texts = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
    texts.set(fragment.url, fragment.content);
  }
  return texts;
}

test('search indexes the title, lede and text of an article, none of its chrome', () => {
  const texts = indexedText();
  const articles = builtPages().filter((path) => readBuilt(path).includes(attributes.searchBody));
  expect(articles.length).toBeGreaterThan(20);
  let checkedFacts = 0;
  for (const path of articles) {
    const html = parse(readBuilt(path));
    const content = texts.get(path);
    expect(content, `${path} is indexed`).toBeDefined();
    const chrome = html.querySelectorAll('article .meta dt, article .meta time, article .meta-line span, article .toc h2, article .toc-compact summary, article .back-to-top, article .file-details, article .table-hint');
    for (const el of chrome) expect(content, `${path}: "${el.text}"`).not.toContain(el.text.trim());
    checkedFacts += html.querySelectorAll('article .meta dt').length;
    // The partner badge's initials do not run into the text ("CDC Cluster Digital…").
    const badge = html.querySelector('article .partner-badge')?.text.trim();
    const firstWords = html.querySelector('article .prose > p')?.text.trim().split(/\s+/).slice(0, 2).join(' ');
    if (badge && firstWords) expect(content, path).not.toContain(`${badge} ${firstWords}`);
  }
  expect(checkedFacts).toBeGreaterThan(20);
});

test('the facts read "Label: value", with a space after the colon, on screen and in text', async ({ page }) => {
  await page.goto('/uk/partners/kharkiv-it-cluster/');
  const fact = page.locator('article .meta dl > div').first();
  const text = (await fact.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ');
  expect(text).toMatch(/^[^:]+: \S/);
  const [label, value] = [(await fact.locator('dt').boundingBox())!, (await fact.locator('dd').boundingBox())!];
  expect(value.x - (label.x + label.width)).toBeGreaterThanOrEqual(3);
});
