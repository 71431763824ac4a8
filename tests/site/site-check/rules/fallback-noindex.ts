import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/** A fallback page repeats the original's text, so it must not compete with it in search engines. */
export const fallbackNoindex: SiteRule = {
  name: 'fallback-noindex',
  ids: ['fallback-indexable'],
  checkPage(page, _site, report) {
    if (page.locale && page.isFallback && !page.noindex) {
      report(selectors.robotsMeta, 'fallback-indexable', 'a fallback page must be noindex');
    }
  },
};
