/**
 * Which links the search page may render. Pagefind builds result and section URLs from the index,
 * and raw HTML in content can set them (`data-pagefind-meta="url://evil.example/phish"` gives a section
 * link to //evil.example/phish), so a URL becomes a link only when it is a path of this site.
 * Dependency-free: it ships to the browser with the search element.
 */

/** An origin no real URL has, to resolve a path against as the browser would against the site's. */
const probe = 'https://site.invalid';

/**
 * `url` as a same-origin path under `base` (path, query and fragment, as the browser resolves it), or
 * undefined when it would lead anywhere else: another origin (`https://…`, `//host`, `/\host`), another
 * scheme (`javascript:`, `data:`), a path outside the base, or text with spaces or control characters
 * that browsers silently drop before resolving.
 * @example toSitePath('/en/guides/gdpr/#data', '/') // '/en/guides/gdpr/#data'
 * @example toSitePath('//evil.example/phish', '/') // undefined
 */
export function toSitePath(url: unknown, base: string): string | undefined {
  if (typeof url !== 'string' || !url.startsWith('/') || /[\\\s\p{Cc}]/u.test(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url, probe);
  } catch {
    return undefined;
  }
  const root = base.endsWith('/') ? base : `${base}/`;
  if (resolved.origin !== probe || !resolved.pathname.startsWith(root)) return undefined;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/**
 * True when `sectionPath` is a part of the page at `pagePath` (the same path, another fragment), as
 * Pagefind's own section links are; a section pointing at another page was set by the content, not by
 * the heading.
 * @example isSectionOf('/en/guides/gdpr/#data', '/en/guides/gdpr/') // true
 */
export function isSectionOf(sectionPath: string, pagePath: string): boolean {
  const page = (path: string) => path.split('#')[0];
  return page(sectionPath) === page(pagePath) && sectionPath !== pagePath;
}
