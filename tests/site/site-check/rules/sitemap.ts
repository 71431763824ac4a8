import type { SiteRule } from '../site';

/**
 * The sitemap lists exactly the real, built, indexable localized pages: nothing unbuilt, no fallback or
 * noindex page, and no indexable page left out (a filter that failed closed).
 */
export const sitemap: SiteRule = {
  name: 'sitemap',
  ids: ['sitemap-missing', 'sitemap-noindex', 'sitemap-omitted'],
  checkSite(site, report) {
    const listed = new Set(site.sitemap);
    for (const path of site.sitemap) {
      const page = site.pages.get(path);
      if (!page) report(path, 'sitemap', 'sitemap-missing', 'listed in the sitemap but not built');
      else if (page.isFallback || page.noindex) report(path, 'sitemap', 'sitemap-noindex', 'a noindex or fallback page is in the sitemap');
    }
    for (const page of site.pages.values()) {
      if (page.locale && !page.isFallback && !page.noindex && !listed.has(page.path)) {
        report(page.path, 'sitemap', 'sitemap-omitted', 'an indexable page is missing from the sitemap');
      }
    }
  },
};
