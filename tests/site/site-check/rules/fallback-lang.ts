import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/** A fallback page's article is marked with the original's language, which the original link names. */
export const fallbackLang: SiteRule = {
  name: 'fallback-lang',
  ids: ['fallback-lang'],
  checkPage(page, _site, report) {
    if (!page.locale || !page.isFallback) return;
    const original = page.root.querySelector(selectors.originalLink)?.getAttribute('hreflang');
    const articleLang = page.root.querySelector('article')?.getAttribute('lang');
    if (!original || articleLang !== original) {
      report('article', 'fallback-lang', `fallback article has lang="${articleLang}", the original is "${original}"`);
    }
  },
};
