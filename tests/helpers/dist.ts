/**
 * Reading the built site for tests: one walker for the dist gate, HTML validation and the e2e specs.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parse } from 'node-html-parser';

/** The build output that `npm run build` writes and the suites over dist/ read. */
export const distDir = resolve(import.meta.dirname, '../../dist');

/**
 * Every file below `dir` whose name ends with `ext`, as full paths in a stable order; the one
 * directory walker the test suites share.
 * @example listFiles('dist', '.html') // ['dist/404.html', 'dist/bg/404/index.html', …]
 */
export function listFiles(dir: string, ext = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return listFiles(path, ext);
      return name.endsWith(ext) ? [path] : [];
    });
}

/**
 * The URL path a built file answers at, with `build.format: 'directory'`.
 * @example urlPathOf('/repo/dist/uk/news/index.html', '/repo/dist') // '/uk/news/'
 * @example urlPathOf('/repo/dist/uk/rss.xml', '/repo/dist') // '/uk/rss.xml'
 */
export function urlPathOf(file: string, dir = distDir): string {
  return `/${relative(dir, file)}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The editor at /admin/ is not a visitor page: the visitor gates (languages, links, the visitor policy,
 * HTML validation) skip it, and tests/site/admin.test.ts checks it against its own rules.
 * @example isAdminPath('/admin/sveltia-cms.js') // true
 */
export const isAdminPath = (urlPath: string) => urlPath === '/admin/' || urlPath.startsWith('/admin/');

function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no built site: run npm run build first.`);
}

/** Built pages (URL path → HTML) and every other file (URL path). */
export function readBuiltSite(dir = distDir): { pages: Map<string, string>; files: Set<string> } {
  requireBuild(dir);
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const file of listFiles(dir)) {
    const path = urlPathOf(file, dir);
    if (isAdminPath(path)) continue;
    if (basename(file) === 'index.html') pages.set(path, readFileSync(file, 'utf8'));
    else files.add(path);
  }
  return { pages, files };
}

/** URL paths of every built page, e.g. '/uk/news/', sorted. */
export function listBuiltPages(dir = distDir): string[] {
  requireBuild(dir);
  return listFiles(dir)
    .filter((file) => basename(file) === 'index.html')
    .map((file) => urlPathOf(file, dir))
    .filter((path) => !isAdminPath(path))
    .sort();
}

/** The HTML of the page built for a URL path. */
export function readBuiltPage(path: string, dir = distDir): string {
  return readFileSync(join(dir, path, 'index.html'), 'utf8');
}

/** One `<url>` of the sitemap: its page and its hreflang alternates (absolute URLs as written). */
export interface SitemapEntry {
  path: string;
  alternates: { hreflang: string; href: string }[];
}

/**
 * Every `<url>` of every sitemap the index names, read with the HTML parser (it keeps XML tags such as
 * `xhtml:link` by name), not by regex.
 * @example readSitemap()[0] // { path: '/bg/', alternates: [{ hreflang: 'bg', href: 'http://…/bg/' }, …] }
 */
export function readSitemap(dir = distDir): SitemapEntry[] {
  const indexFile = join(dir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: run npm run build first (the sitemap integration writes it).`);
  return parse(readFileSync(indexFile, 'utf8'))
    .querySelectorAll('sitemap > loc')
    .flatMap((loc) => parse(readFileSync(join(dir, new URL(loc.text.trim()).pathname), 'utf8')).querySelectorAll('url'))
    .map((url) => ({
      path: new URL(url.querySelector('loc')!.text.trim()).pathname,
      alternates: url.getElementsByTagName('xhtml:link').map((l) => ({ hreflang: l.getAttribute('hreflang') ?? '', href: l.getAttribute('href') ?? '' })),
    }));
}

/** Paths listed in the sitemap, e.g. `['/bg/', '/bg/about/', …]`. */
export function readSitemapPaths(dir = distDir): string[] {
  return readSitemap(dir).map((entry) => entry.path);
}
