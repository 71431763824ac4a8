import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

interface SitemapLink {
  url: string;
  lang: string;
}

const noindexMeta = /<meta\s+name="robots"\s+content="[^"]*noindex/i;

/**
 * Decides whether a built page belongs in the sitemap: not the language chooser `/` (it is only the
 * x-default) and no page marked `noindex` — which is how every fallback page is marked. Reading the
 * built HTML keeps one source of truth: the page's own robots meta.
 * @example isSitemapPage('https://x.org/bg/guides/only-english/', { site: 'https://x.org', outDir: 'dist' }) // false
 */
export function isSitemapPage(pageUrl: string, { site, outDir }: { site: string; outDir: string }): boolean {
  const path = new URL(pageUrl).pathname;
  const rootPath = new URL(site.endsWith('/') ? site : `${site}/`).pathname;
  if (path === rootPath) return false;
  const file = join(outDir, decodeURIComponent(path.slice(rootPath.length)), 'index.html');
  if (!existsSync(file)) return true;
  return !noindexMeta.test(readFileSync(file, 'utf8'));
}

/** Adds the `x-default` alternate (the language chooser) to a sitemap item that has hreflang links. */
export function withXDefault<T extends { links?: SitemapLink[] }>(item: T, site: string): T {
  if (!item.links?.length) return item;
  const chooser = new URL(site.endsWith('/') ? site : `${site}/`).href;
  return { ...item, links: [...item.links, { url: chooser, lang: 'x-default' }] };
}
