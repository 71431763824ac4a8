import type { SiteRule } from '../site';

/** Every internal link, stylesheet, script and image resolves to a built page or file. */
export const links: SiteRule = {
  name: 'links',
  ids: ['broken-link'],
  checkPage(page, _site, report) {
    for (const ref of page.references) {
      // Switcher links have their own rule (switcher-404), so one broken target is reported once.
      if (!ref.exists && !ref.inSwitcher) report(ref.element, 'broken-link', `${ref.ref} does not resolve to a built page or file`);
    }
  },
};
