import type { SiteRule } from '../site';

/** `<html lang>` is the locale of the URL: Pagefind opens one index per `lang`, screen readers read by it. */
export const htmlLang: SiteRule = {
  name: 'html-lang',
  ids: ['html-lang'],
  checkPage(page, _site, report) {
    if (!page.locale) return;
    const lang = page.html?.getAttribute('lang');
    if (lang !== page.locale) report('html', 'html-lang', `<html lang="${lang}"> on a ${page.locale} page`);
  },
};
