import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { isLocale, type Locale } from '../../src/i18n/locales';
import { env } from '../../src/env';
import { listFiles } from '../helpers/dist';
import { documentPath, fallbackPath, readField, sampleDocument } from '../../scripts/lib/content-samples';

export const distDir = resolve(import.meta.dirname, '../..', env.outDir);

/** URL paths of every built HTML page, e.g. '/uk/news/', derived from dist/. */
export function builtPages(): string[] {
  return listFiles(distDir, 'index.html')
    .map((file) => `/${relative(distDir, dirname(file))}/`.replace(/^\/\/$/, '/'))
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

export type PageType =
  | 'home' | 'newsListing' | 'newsYear' | 'news' | 'guidesListing' | 'guide' | 'studiesListing' | 'study'
  | 'partnersListing' | 'partner' | 'topics' | 'topic' | 'page';

/**
 * One page of each page type in a locale, keyed by type; real documents are picked from content/
 * (scripts/lib/content-samples.ts), so renaming a guide does not break the tests.
 * @example pageTypePaths('uk').guide // '/uk/guides/cluster-services-training-knowledge-exchange/'
 */
export function pageTypePaths(locale: Locale): Record<PageType, string> {
  const news = sampleDocument('news');
  const guide = sampleDocument('guides');
  return {
    home: `/${locale}/`,
    newsListing: `/${locale}/news/`,
    newsYear: `/${locale}/news/${readField(news, 'pubDate').slice(0, 4)}/`,
    news: documentPath(locale, news),
    guidesListing: `/${locale}/guides/`,
    guide: documentPath(locale, guide),
    studiesListing: `/${locale}/studies/`,
    study: documentPath(locale, sampleDocument('studies')),
    partnersListing: `/${locale}/partners/`,
    partner: documentPath(locale, sampleDocument('partners')),
    topics: `/${locale}/topics/`,
    topic: `/${locale}/topics/${readField(guide, 'topics')}/`,
    page: documentPath(locale, sampleDocument('pages')),
  };
}

/**
 * One page of each template in a locale, for checks that walk every template (axe, privacy): the
 * page types, the 404 page and search with results; in English also the root pages, and in a locale
 * with an untranslated document its fallback page.
 */
export function templatePaths(locale: Locale): string[] {
  const { home, newsListing, newsYear, news, guide, study, partnersListing, partner, topics, page } = pageTypePaths(locale);
  const fallback = fallbackPath(locale);
  return [
    home,
    newsListing,
    newsYear,
    news,
    guide,
    study,
    partnersListing,
    partner,
    topics,
    page,
    `/${locale}/404/`,
    `/${locale}/search/?q=ITBridge`,
    ...(locale === 'en' ? ['/', '/404.html', '/status/translations/'] : []),
    ...(fallback ? [fallback] : []),
  ];
}
