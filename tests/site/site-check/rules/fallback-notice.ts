import { selectors } from '../../../../src/lib/outputs/dom-contract';
import { localeOfPath, type SiteRule } from '../site';

/**
 * A fallback page has two independent marks: the notice and a canonical to the original in another
 * language. They must agree, and the notice must link to that original. A notice whose attribute
 * was renamed in the template, not in the DOM contract, is reported here rather than turning the
 * other fallback rules off.
 */
export const fallbackNotice: SiteRule = {
  name: 'fallback-notice',
  ids: ['fallback-notice', 'fallback-original-link'],
  checkPage(page, site, report) {
    if (!page.locale || !page.isFallback) return;
    const canonicalLocale = page.canonicalPath === undefined ? undefined : localeOfPath(page.canonicalPath);
    const canonicalElsewhere = canonicalLocale !== undefined && canonicalLocale !== page.locale;
    if (!page.notice) {
      report(selectors.fallbackNotice, 'fallback-notice', `canonical points to ${page.canonicalPath} in another language, but there is no ${selectors.fallbackNotice}: FallbackNotice.astro must write it, by the name in src/lib/outputs/dom-contract.ts`);
    } else if (page.canonicalPath !== undefined && !canonicalElsewhere) {
      report(page.notice, 'fallback-notice', `shows the fallback notice, but its canonical ${page.canonicalPath} is in this page's language, not the original's`);
    }
    const original = page.root.querySelector(selectors.originalLink);
    if (!original) {
      report(selectors.originalLink, 'fallback-original-link', `a fallback page must link to the original with ${selectors.originalLink}`);
      return;
    }
    const href = original.getAttribute('href') ?? '';
    const target = new URL(href, `${site.origin}${page.path}`).pathname;
    if (canonicalElsewhere && target !== page.canonicalPath) {
      report(original, 'fallback-original-link', `the original link leads to ${target}, the canonical to ${page.canonicalPath}`);
    }
  },
};
