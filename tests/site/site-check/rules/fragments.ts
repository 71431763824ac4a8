import type { SiteRule } from '../site';

/** A link to `#fragment` on a built page names an id that page has. */
export const fragments: SiteRule = {
  name: 'fragments',
  ids: ['broken-fragment'],
  checkPage(page, site, report) {
    for (const ref of page.references) {
      const target = site.pages.get(ref.path);
      if (ref.fragment && target && !target.ids.has(ref.fragment)) {
        report(ref.element, 'broken-fragment', `#${ref.fragment} is not an id on ${ref.path}`);
      }
    }
  },
};
