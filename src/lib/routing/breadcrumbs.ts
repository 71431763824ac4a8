/** One step of a breadcrumb trail; only the last one is the page the reader is on. */
export interface Crumb {
  label: string;
  href: string;
  current: boolean;
  /**
   * The step just above the current page (the listing of a guide): the one crumb a phone shows, as
   * "‹ Guides", since the page's own title follows right below and the home link is in the header.
   */
  parent: boolean;
}

export interface BreadcrumbListItem {
  '@type': 'ListItem';
  position: number;
  name: string;
  item: string;
}

export interface BreadcrumbListJsonLd {
  '@context': 'https://schema.org';
  '@type': 'BreadcrumbList';
  itemListElement: BreadcrumbListItem[];
}

/**
 * Breadcrumbs from a trail of site paths, home first. Only the last crumb is `current`, so the
 * template can render it with `aria-current="page"` instead of a link to itself; the one before it is
 * the `parent`.
 * Throws on an empty trail, a blank label or an href that is not a site path: breadcrumbs point
 * inside the site, and a relative or external href would break under a non-root `base`.
 * @example buildBreadcrumbs([{ label: 'Головна', href: '/uk/' }, { label: 'Новини', href: '/uk/news/' }])
 * // [{ label: 'Головна', href: '/uk/', current: false, parent: true }, { label: 'Новини', href: '/uk/news/', current: true, parent: false }]
 */
export function buildBreadcrumbs(items: readonly { label: string; href: string }[]): Crumb[] {
  if (items.length === 0) throw new Error('Breadcrumbs need at least one item (the current page).');
  return items.map(({ label, href }, i) => {
    if (label.trim() === '') throw new Error(`Breadcrumb ${i + 1} (${href}) has an empty label.`);
    // "//host/x" starts with "/" but is a protocol-relative URL to another site.
    if (!href.startsWith('/') || href.startsWith('//')) {
      throw new Error(`Breadcrumb "${label}" has href "${href}"; use a site path starting with "/" (build it with urls).`);
    }
    return { label, href, current: i === items.length - 1, parent: i === items.length - 2 };
  });
}

/**
 * schema.org `BreadcrumbList` for the page's JSON-LD. Search engines require absolute URLs in
 * `item`, so the caller passes the site's `absolute` (which honours `site` and `base`).
 * @example breadcrumbJsonLd(crumbs, urls.absolute).itemListElement[0] // { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://…/en/' }
 */
export function breadcrumbJsonLd(crumbs: readonly Crumb[], absolute: (path: string) => string): BreadcrumbListJsonLd {
  if (crumbs.length === 0) throw new Error('A BreadcrumbList needs at least one item.');
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.label,
      item: absolute(crumb.href),
    })),
  };
}
