import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/** Every link of the language switcher leads to a built page. */
export const switcher: SiteRule = {
  name: 'switcher',
  ids: ['switcher-404'],
  checkPage(page, site, report) {
    if (!page.locale) return;
    for (const a of page.root.querySelectorAll(selectors.languageSwitcherLinks)) {
      const href = a.getAttribute('href') ?? '';
      if (!site.exists(new URL(href, `${site.origin}${page.path}`).pathname)) report(a, 'switcher-404', `switcher link ${href} leads nowhere`);
    }
  },
};
