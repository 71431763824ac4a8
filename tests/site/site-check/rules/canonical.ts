import type { SiteRule } from '../site';

/** Every localized page names an absolute canonical URL. */
export const canonical: SiteRule = {
  name: 'canonical',
  ids: ['canonical'],
  checkPage(page, _site, report) {
    if (!page.locale) return;
    const href = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!href) report('link[rel=canonical]', 'canonical', 'missing canonical link');
    else if (!/^https?:\/\//.test(href)) report('link[rel=canonical]', 'canonical', `canonical "${href}" is not absolute`);
  },
};
