import { attributes, classSelector, classes, selectors } from '../../../../src/lib/outputs/dom-contract';
import type { SiteRule } from '../site';

const list = classSelector(classes.editLinks);

/**
 * Editing links follow src/settings.ts `repository`: while it is unset no page has any; once set every
 * article, real or fallback (the pages with an `<article>`: listings show cards), ends with them. They
 * are never part of the indexed text: outside the search body, and marked to be ignored.
 */
export const editLinks: SiteRule = {
  name: 'edit-links',
  ids: ['edit-links-unset', 'edit-links-missing', 'edit-links-indexed'],
  checkPage(page, site, report) {
    const lists = page.root.querySelectorAll(list);
    if (!site.editLinks) {
      for (const found of lists) report(found, 'edit-links-unset', `src/settings.ts sets no repository, but the page has ${list}`);
      return;
    }
    if (page.locale && page.root.querySelector('article') && lists.length === 0) {
      report('article', 'edit-links-missing', `the repository is set, so this article must end with ${list} (renamed? the class lives in src/lib/outputs/dom-contract.ts)`);
    }
    for (const found of lists) {
      if (found.closest(selectors.searchBody) || !found.hasAttribute(attributes.searchIgnore)) {
        report(found, 'edit-links-indexed', `${list} must stay out of the search index: outside ${selectors.searchBody}, with ${attributes.searchIgnore}`);
      }
    }
  },
};
