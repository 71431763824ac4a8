import type { SiteRule } from '../site';

/** The sitemap lists only real, built, indexable pages. */
export const sitemap: SiteRule = {
  name: 'sitemap',
  ids: ['sitemap-missing', 'sitemap-noindex'],
  checkSite(site, report) {
    for (const path of site.sitemap) {
      const page = site.pages.get(path);
      if (!page) report(path, 'sitemap', 'sitemap-missing', 'listed in the sitemap but not built');
      else if (page.isFallback || page.noindex) report(path, 'sitemap', 'sitemap-noindex', 'a noindex or fallback page is in the sitemap');
    }
  },
};
