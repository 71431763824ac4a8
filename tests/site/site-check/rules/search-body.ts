import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/**
 * Pagefind indexes only the search body: every real article is one, no fallback page has one (its
 * text would turn up in the wrong language's results).
 */
export const searchBody: SiteRule = {
  name: 'search-body',
  ids: ['search-body-missing', 'search-body-fallback'],
  checkPage(page, _site, report) {
    if (!page.locale) return;
    const bodies = page.root.querySelectorAll(selectors.searchBody);
    if (page.isFallback) {
      for (const body of bodies) report(body, 'search-body-fallback', `a fallback page must not carry ${selectors.searchBody}`);
    } else if (!page.noindex && page.root.querySelector('article') && bodies.length === 0) {
      report('article', 'search-body-missing', `a real article must carry ${selectors.searchBody} to be searchable (renamed? the attribute lives in src/lib/outputs/dom-contract.ts)`);
    }
  },
};
