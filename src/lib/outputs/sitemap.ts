import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { isNoindex, metaNames } from './dom-contract';

interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * Whether a parsed page carries a robots meta that says noindex, whatever the attribute order or the
 * case of its name. The site gate decides noindex with this too, so gate and sitemap cannot disagree.
 * @example hasNoindexMeta(parse('<meta content="noindex" name="robots">')) // true
 */
export function hasNoindexMeta(root: HTMLElement): boolean {
  return root
    .querySelectorAll('meta[name]')
    .some((meta) => meta.getAttribute('name')!.toLowerCase() === metaNames.robots && isNoindex(meta.getAttribute('content')));
}

/**
 * Decides whether a built page belongs in the sitemap: not the language chooser `/` (it is only the
 * x-default) and no page marked `noindex`: every fallback page (the translation map's decision,
 * written by `buildHead`), the 404s, search and the status page. The page's own robots meta is the
 * one place that decision is written for every kind of page, and what crawlers read, so the sitemap
 * cannot disagree with it. A listed page with no built file throws: including it would publish a URL
 * nobody checked, and leaving it out would hide a broken route.
 * @example isSitemapPage('https://x.org/bg/guides/only-english/', { site: 'https://x.org', outDir: 'dist' }) // false
 */
export function isSitemapPage(pageUrl: string, { site, outDir }: { site: string; outDir: string }): boolean {
  const path = new URL(pageUrl).pathname;
  const rootPath = new URL(site.endsWith('/') ? site : `${site}/`).pathname;
  if (path === rootPath) return false;
  const file = join(outDir, decodeURIComponent(path.slice(rootPath.length)), 'index.html');
  if (!existsSync(file)) {
    throw new Error(
      `Sitemap: ${pageUrl} has no built page at ${file}, so whether it may be indexed is unknown. ` +
        'The sitemap filter runs after pages are written (astro:build:done) and expects build.format "directory"; ' +
        'if this URL is not an HTML page (an endpoint, a redirect), leave it out of the sitemap in astro.config.mjs.',
    );
  }
  return !hasNoindexMeta(parse(readFileSync(file, 'utf8')));
}

/** Adds the `x-default` alternate (the language chooser) to a sitemap item that has hreflang links. */
export function withXDefault<T extends { links?: SitemapLink[] }>(item: T, site: string): T {
  if (!item.links?.length) return item;
  const chooser = new URL(site.endsWith('/') ? site : `${site}/`).href;
  return { ...item, links: [...item.links, { url: chooser, lang: 'x-default' }] };
}
