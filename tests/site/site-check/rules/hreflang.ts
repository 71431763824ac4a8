import type { HTMLElement } from 'node-html-parser';
import type { SiteRule } from '../site';

const alternatesOf = (root: HTMLElement) =>
  root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => ({ lang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }));

/**
 * hreflang alternates: absolute, with x-default and the page itself, each pointing at a built real
 * translation that lists this page back. Fallback pages are never an alternate.
 */
export const hreflang: SiteRule = {
  name: 'hreflang',
  ids: ['hreflang-x-default', 'hreflang-self', 'hreflang-absolute', 'hreflang-missing', 'hreflang-fallback', 'hreflang-reciprocal'],
  checkPage(page, site, report) {
    if (!page.locale) return;
    const alternates = alternatesOf(page.root);
    if (!alternates.length) return;
    if (!alternates.some((a) => a.lang === 'x-default')) report('link[hreflang]', 'hreflang-x-default', 'alternates lack x-default');
    const self = alternates.find((a) => a.lang === page.locale);
    if (!self || new URL(self.href, site.origin).pathname !== page.path) {
      report('link[hreflang]', 'hreflang-self', `alternates do not include the page itself (${page.locale})`);
    }
    for (const a of alternates) {
      if (!/^https?:\/\//.test(a.href)) {
        report(`link[hreflang=${a.lang}]`, 'hreflang-absolute', `${a.href} is not absolute`);
        continue;
      }
      if (a.lang === 'x-default') continue;
      const targetPath = new URL(a.href).pathname;
      const target = site.pages.get(targetPath);
      if (!target) {
        report(`link[hreflang=${a.lang}]`, 'hreflang-missing', `${a.href} was not built`);
      } else if (target.isFallback) {
        report(`link[hreflang=${a.lang}]`, 'hreflang-fallback', `${a.href} is a fallback page`);
      } else if (!alternatesOf(target.root).some((b) => b.lang === page.locale && new URL(b.href, site.origin).pathname === page.path)) {
        report(`link[hreflang=${a.lang}]`, 'hreflang-reciprocal', `${targetPath} does not list ${page.path} back as ${page.locale}`);
      }
    }
  },
};
