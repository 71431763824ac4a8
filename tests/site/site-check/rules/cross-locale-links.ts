import { attributes } from '../../../../src/lib/outputs/dom-contract';
import { localeOfPath, type SiteRule } from '../site';

/**
 * Readers stay in their language: a link from one locale to another is allowed only in the language
 * switcher and as a fallback or stale notice's link to the original.
 */
export const crossLocaleLinks: SiteRule = {
  name: 'cross-locale-links',
  ids: ['cross-locale-link'],
  checkPage(page, _site, report) {
    if (!page.locale) return; // The chooser and the root 404 speak every language by design.
    for (const ref of page.references) {
      if (!ref.exists || ref.element.rawTagName !== 'a') continue;
      const target = localeOfPath(ref.path);
      if (!target || target === page.locale) continue;
      if (ref.inSwitcher || ref.element.hasAttribute(attributes.originalLink)) continue;
      report(ref.element, 'cross-locale-link', `links from ${page.locale} to ${target} outside the language switcher`);
    }
  },
};
