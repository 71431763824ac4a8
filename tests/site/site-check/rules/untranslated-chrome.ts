import { defaultLocale } from '../../../../src/i18n/locales';
import { selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

// Where UI strings appear whole: header, footer, navigation, the skip link and the notices.
const chrome = [
  'header a',
  'header span',
  'footer a',
  'footer p',
  'nav a',
  selectors.skipLink,
  `${selectors.fallbackNotice} p`,
  `${selectors.fallbackNotice} a`,
  `${selectors.staleNotice} p`,
  `${selectors.staleNotice} a`,
].join(', ');

/** No English UI string in the chrome of another locale's page (text inside a foreign `lang` aside). */
export const untranslatedChrome: SiteRule = {
  name: 'untranslated-chrome',
  ids: ['untranslated-chrome'],
  checkPage(page, site, report) {
    if (!page.locale || page.locale === defaultLocale) return;
    for (const el of page.root.querySelectorAll(chrome)) {
      const langHolder = el.closest('[lang]');
      if (langHolder !== page.html && langHolder?.getAttribute('lang') !== page.locale) continue;
      const text = el.text.replace(/\s+/g, ' ').trim();
      if (text && site.englishStrings.has(text)) report(el, 'untranslated-chrome', `"${text}" is the English UI string`);
    }
  },
};
