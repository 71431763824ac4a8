/**
 * Search ranking and excerpts, through the built site's search in Chromium:
 * - in every language, topical queries about data protection put the GDPR guide first and every
 *   standalone page (about, privacy notice, accessibility statement) below every guide and study;
 * - queries aimed at a standalone page (its name, "cookies") still put that page first;
 * - what the facts list held stays findable (a partner's city, a guide's topics) although the list is
 *   left out of the index;
 * - for one page of each template, what Pagefind indexed starts with the page's title, and its excerpt
 *   neither starts with nor contains the page's metadata (dates, type label, fact labels, reading time,
 *   contents label, partner badge).
 * Orderings are read from the search page's result list, as the quality suite reads them. Excerpts
 * are read from Pagefind's own result data, loaded on the search page with the page's configuration,
 * so the check is on what the index holds rather than on how the list renders it.
 */
import { test, expect, type Page } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { locales, type Locale } from '../../src/i18n/locales';
import { normalizeQuery } from '../../src/lib/search/query';
import { selectors } from '../../src/lib/outputs/dom-contract';
import type { SearchConfig } from '../../src/lib/search/strings';
import { documentPath, sampleDocument } from '../../scripts/lib/content-samples';
import { scaleTimeout } from '../../src/env';
import { readBuilt } from './helpers';

const gdprGuide = { collection: 'guides', slug: 'gdpr-contracts-selling-software-eu' } as const;
const standalone = (locale: Locale, slug: 'about' | 'privacy' | 'accessibility') => documentPath(locale, { collection: 'pages', slug });
const isStandalone = (locale: Locale, path: string) => (['about', 'privacy', 'accessibility'] as const).some((s) => standalone(locale, s) === path);
const isGuideOrStudy = (locale: Locale, path: string) => path.startsWith(`/${locale}/guides/`) || path.startsWith(`/${locale}/studies/`);

/** Queries about the GDPR guide's subject, as a reader types them in each language. */
const topicalQueries: Record<Locale, string[]> = {
  en: ['data protection', 'personal data', 'GDPR'],
  uk: ['захист даних', 'персональні дані', 'GDPR'],
  ro: ['protecția datelor', 'protectia datelor', 'datele cu caracter personal', 'GDPR'],
  es: ['protección de datos', 'datos personales', 'RGPD'],
  bg: ['защита на данните', 'лични данни', 'GDPR'],
};

/** Queries aimed at one standalone page: its name, one word of it, or what only it covers. */
const standaloneQueries: Record<Locale, [string, 'privacy' | 'accessibility'][]> = {
  en: [['privacy notice', 'privacy'], ['privacy', 'privacy'], ['cookies', 'privacy'], ['accessibility statement', 'accessibility']],
  uk: [['повідомлення про конфіденційність', 'privacy'], ['конфіденційність', 'privacy'], ['файли cookie', 'privacy'], ['заява про доступність', 'accessibility']],
  ro: [['notă de informare privind confidențialitatea', 'privacy'], ['confidențialitate', 'privacy'], ['cookie-uri', 'privacy'], ['declarație de accesibilitate', 'accessibility']],
  es: [['política de privacidad', 'privacy'], ['privacidad', 'privacy'], ['cookies', 'privacy'], ['declaración de accesibilidad', 'accessibility']],
  bg: [['декларация за поверителност', 'privacy'], ['поверителност', 'privacy'], ['бисквитки', 'privacy'], ['декларация за достъпност', 'accessibility']],
};

/** The result paths of a query, in order, as the search page lists them. */
/** The results that contain every word of the query, in order (relaxed results, which lack a word, follow them). */
async function resultPaths(page: Page, locale: Locale, query: string): Promise<string[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('itb-search[data-state="ready"]').waitFor();
  return page
    .locator('.search-results > li:not(:has(.result-missing)) h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Pagefind's data for the result at `path`, from a search run with the search page's own configuration. */
async function pagefindResult(page: Page, locale: Locale, query: string, path: string) {
  await page.goto(`/${locale}/search/`);
  const config = JSON.parse((await page.locator('itb-search script[type="application/json"]').textContent()) ?? '') as SearchConfig;
  return page.evaluate(
    async ({ config, query, path }) => {
      const api = await import(`${config.bundle}pagefind.js`);
      await api.options({ baseUrl: config.base, ranking: config.ranking });
      await api.init();
      const found = await api.search(query);
      for (const result of found?.results ?? []) {
        const data = await result.data();
        if (new URL(data.url, location.href).pathname === path) return { plainExcerpt: data.plain_excerpt as string, content: data.content as string };
      }
      return undefined;
    },
    { config, query: normalizeQuery(query, locale), path },
  );
}

/** What a built page shows around its text that is not its text: the metadata an excerpt must not start with or contain. */
function metadataOf(path: string) {
  const root = parse(readBuilt(path));
  const body = root.querySelector(selectors.searchBody);
  if (!body) throw new Error(`${path} has no ${selectors.searchBody}`);
  const texts = (elements: HTMLElement[]) => elements.map((e) => e.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const value = (key: string) => body.querySelector(`[data-pagefind-meta="${key}[data-value]"]`)?.getAttribute('data-value');
  const date = value('date');
  return {
    title: body.querySelector('h1')!.text.trim(),
    type: value('type')!,
    // Each string that must not appear in an excerpt: dates as shown and as results show them, fact
    // labels ("Topics:"), the reading time, the contents and back-to-top labels, the partner badge.
    strings: [
      ...(date ? [date] : []),
      ...texts(body.querySelectorAll('time')),
      ...texts(body.querySelectorAll('dt')),
      ...texts(body.querySelectorAll('.meta-line > span')),
      ...texts(body.querySelectorAll('.toc summary, .toc h2, .back-to-top')),
      ...texts(body.querySelectorAll('.partner-badge')),
    ],
    labels: texts(body.querySelectorAll('dt')),
  };
}

for (const locale of locales) {
  test(`in ${locale}, data-protection queries put the GDPR guide first and the standalone pages below every guide and study`, async ({ page }) => {
    test.setTimeout(scaleTimeout(60_000));
    const guide = documentPath(locale, gdprGuide);
    for (const query of topicalQueries[locale]) {
      const paths = await resultPaths(page, locale, query);
      expect(paths[0], `"${query}": ${paths.join(' ')}`).toBe(guide);
      const lastArticle = paths.findLastIndex((p) => isGuideOrStudy(locale, p));
      const firstStandalone = paths.findIndex((p) => isStandalone(locale, p));
      if (firstStandalone !== -1) expect(firstStandalone, `"${query}": ${paths.join(' ')}`).toBeGreaterThan(lastArticle);
    }
  });

  test(`in ${locale}, a query aimed at the privacy notice or the accessibility statement puts that page first`, async ({ page }) => {
    test.setTimeout(scaleTimeout(60_000));
    for (const [query, slug] of standaloneQueries[locale]) {
      const paths = await resultPaths(page, locale, query);
      expect(paths[0], `"${query}": ${paths.join(' ')}`).toBe(standalone(locale, slug));
    }
  });

  test(`in ${locale}, a partner's city and a guide's topics stay findable although the facts list is not indexed`, async ({ page }) => {
    test.setTimeout(scaleTimeout(60_000));
    const partner = documentPath(locale, sampleDocument('partners'));
    const facts = parse(readBuilt(partner)).querySelectorAll(`${selectors.searchBody} dd`).map((dd) => dd.text.trim());
    // The location fact reads "City, Country".
    const location = facts.find((f) => f.includes(', '));
    expect(location, `${partner} facts: ${facts.join(' | ')}`).toBeTruthy();
    const [city, country] = location!.split(', ');
    expect((await resultPaths(page, locale, city!)).slice(0, 3), `"${city}"`).toContain(partner);
    expect(await resultPaths(page, locale, country!), `"${country}"`).toContain(partner);

    const guide = documentPath(locale, gdprGuide);
    const topics = parse(readBuilt(guide)).querySelectorAll(`${selectors.searchBody} dd a[href*="/topics/"]`).map((a) => a.text.trim());
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) expect((await resultPaths(page, locale, topic)).slice(0, 5), `"${topic}"`).toContain(guide);
  });

  for (const collection of ['guides', 'studies', 'news', 'partners', 'pages'] as const) {
    test(`in ${locale}, a ${collection} result's excerpt comes from the text, not from the page's metadata`, async ({ page }) => {
      // Of the standalone pages, the privacy notice: it has a dated meta line (the about page has none).
      const path = collection === 'pages' ? standalone(locale, 'privacy') : documentPath(locale, sampleDocument(collection));
      const meta = metadataOf(path);
      // The title as the query: the excerpt then comes from the top of the page, where the metadata sits.
      const result = await pagefindResult(page, locale, meta.title, path);
      expect(result, `${path} is not found by its title "${meta.title}"`).toBeDefined();
      const { plainExcerpt, content } = result!;
      expect(content.startsWith(meta.title), `the index of ${path} starts with: ${content.slice(0, 80)}`).toBe(true);
      for (const label of meta.labels) expect(content, `the index of ${path} holds the fact label "${label}"`).not.toContain(label);
      expect(plainExcerpt.length).toBeGreaterThan(0);
      // A standalone page dates its own revisions per language and may show no date: its type label is checked.
      if (collection !== 'pages') expect(meta.strings.length, `${path} shows no metadata to check against`).toBeGreaterThan(0);
      for (const s of [meta.type, ...meta.strings]) {
        expect(plainExcerpt.startsWith(s), `excerpt of ${path} starts with "${s}": ${plainExcerpt}`).toBe(false);
        expect(plainExcerpt, `excerpt of ${path}`).not.toContain(s);
      }
    });
  }
}
