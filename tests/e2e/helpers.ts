import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { env } from '../../src/env';
import { isAdminPath, listFiles } from '../helpers/dist';
import type { ListedResult } from '../helpers/search-metrics';
export { pageTypePaths, templatePaths, type PageType } from '../../scripts/lib/content-samples';

export const distDir = resolve(import.meta.dirname, '../..', env.outDir);

/** URL paths of every built visitor page, e.g. '/uk/news/', derived from dist/ (the editor at /admin/ is tested in cms.spec.ts). */
export function builtPages(): string[] {
  return listFiles(distDir, 'index.html')
    .map((file) => `/${relative(distDir, dirname(file))}/`.replace(/^\/\/$/, '/'))
    .filter((path) => !isAdminPath(path))
    .sort();
}

export function readBuilt(path: string): string {
  return readFileSync(join(distDir, path, 'index.html'), 'utf8');
}

/**
 * The locale a path belongs to (its first segment), or undefined for pages outside the locale tree
 * (the root chooser, /status/…): no silent default.
 * @example localeOfPath('/uk/news/') // 'uk'
 */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * Records every request the page makes to another origin than `origin`, from now on.
 * @returns a function giving the list so far.
 */
export function watchForeignRequests(page: Page, origin: string): () => string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(r.url());
  });
  return () => [...foreign];
}


/**
 * Runs `query` through the real search page of `locale` (/<locale>/search/?q=…), as a reader's deep
 * link would, and returns the listed results in order: each item's link path and its `lang` attribute
 * (null for a document of the page's own language). Only the first page of results (ten) is listed.
 * @example await listSearchResults(page, 'uk', 'Харкові') // [{ path: '/uk/partners/kharkiv-it-cluster/', lang: null }, …]
 */
export async function listSearchResults(page: Page, locale: Locale, query: string): Promise<ListedResult[]> {
  await page.goto(`/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('itb-search[data-state="ready"]').waitFor();
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((li) => {
      const link = li.querySelector<HTMLAnchorElement>('h2 a');
      return { path: link ? new URL(link.href).pathname : '', lang: li.getAttribute('lang') };
    }),
  );
}
