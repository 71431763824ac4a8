export { distDir, listBuiltPages as builtPages, readBuiltPage as readBuilt } from '../helpers/dist';
export const localeCodes = ['en', 'uk', 'ro', 'es', 'bg'] as const;

/** The locale a path belongs to: its first segment, or 'en' for the root chooser. */
export function localeOfPath(path: string): string {
  return path.split('/')[1] || 'en';
}

import type { Page } from '@playwright/test';

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

/** One page of each template in a locale, for checks that walk every template (axe, privacy). */
export function templatePaths(locale: string): string[] {
  return [
    `/${locale}/`,
    `/${locale}/news/`,
    `/${locale}/news/2025/`,
    `/${locale}/news/itbridge-kickoff-cluj-napoca/`,
    `/${locale}/guides/eu-market-entry-for-it-smes/`,
    `/${locale}/studies/eu-ukraine-digital-sector-study/`,
    `/${locale}/partners/`,
    `/${locale}/partners/transilvania-it-cluster/`,
    `/${locale}/topics/`,
    `/${locale}/about/`,
    `/${locale}/404/`,
    `/${locale}/search/?q=ITBridge`,
    // Root pages once; the Bulgarian fallback of the guide that has no Bulgarian translation.
    ...(locale === 'en' ? ['/', '/404.html', '/status/translations/'] : locale === 'bg' ? ['/bg/guides/b2b-matchmaking-events/'] : []),
  ];
}
