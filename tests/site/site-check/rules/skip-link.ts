import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/** Every localized page starts with one skip link to an element that exists. */
export const skipLink: SiteRule = {
  name: 'skip-link',
  ids: ['skip-link'],
  checkPage(page, _site, report) {
    if (!page.locale) return;
    const skips = page.root.querySelectorAll(selectors.skipLink);
    if (skips.length !== 1) {
      report(selectors.skipLink, 'skip-link', `found ${skips.length} ${selectors.skipLink}, expected 1 (renamed? the class lives in src/lib/outputs/dom-contract.ts)`);
      return;
    }
    const href = skips[0]!.getAttribute('href') ?? '';
    if (!href.startsWith('#') || !page.ids.has(href.slice(1))) report(skips[0]!, 'skip-link', `skip link ${href} does not point at an id on the page`);
  },
};
