import { locales } from '../../../../src/i18n/locales';
import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

/**
 * Every localized page has the language switcher with one link per locale, and every link leads to a
 * built page. Finding no switcher is a problem, not a pass: that is what a class renamed in
 * LanguageSwitcher.astro but not in the DOM contract looks like.
 */
export const switcher: SiteRule = {
  name: 'switcher',
  ids: ['switcher-missing', 'switcher-404'],
  checkPage(page, site, report) {
    if (!page.locale) return;
    const nav = page.root.querySelector(selectors.languageSwitcher);
    if (!nav) {
      report(selectors.languageSwitcher, 'switcher-missing', `no ${selectors.languageSwitcher} on the page (renamed? the class lives in src/lib/outputs/dom-contract.ts)`);
      return;
    }
    const links = page.root.querySelectorAll(selectors.languageSwitcherLinks);
    const langs = links.map((a) => a.getAttribute('hreflang'));
    if (langs.length !== locales.length || locales.some((l) => !langs.includes(l))) {
      report(nav, 'switcher-missing', `switcher links are for [${langs.join(', ')}], expected one each for [${locales.join(', ')}]`);
    }
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      if (!site.exists(new URL(href, `${site.origin}${page.path}`).pathname)) report(a, 'switcher-404', `switcher link ${href} leads nowhere`);
    }
  },
};
