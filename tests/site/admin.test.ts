/**
 * The editor at /admin/ as a build ships it: the files the integration writes match what the modules
 * generate from the schemas and settings, its page keeps to its own rules, and nothing of it reaches
 * visitors (no visitor page links to it or loads from it; the sitemap and the search index do not list it).
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { distDir, listFiles, readBuiltSite, readSitemapPaths, urlPathOf } from '../helpers/dist';
import { buildCmsConfig } from '../../src/lib/cms/config';
import { adminConnectSources } from '../../src/lib/cms/backend';
import { adminHeadersBlock, adminMetaPolicy } from '../../src/lib/cms/admin-page';
import { repository } from '../../src/settings';
import { siteUrl } from '../../src/env';

const admin = join(distDir, 'admin');
const read = (path: string) => readFileSync(join(admin, path), 'utf8');

describe('the editor at /admin/', () => {
  it('is built, with the configuration generated from the schemas and the repository setting', () => {
    expect(existsSync(join(admin, 'index.html')), 'dist/admin/index.html: run npm run build first').toBe(true);
    expect(JSON.parse(read('config.json'))).toEqual(JSON.parse(JSON.stringify(buildCmsConfig({ repository, siteUrl }))));
  });

  it('has a page that is noindex, under its own policy, and loads only the site’s own script', () => {
    const page = parse(read('index.html'));
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(adminMetaPolicy(adminConnectSources(repository)));
    expect(page.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual(['/admin/sveltia-cms.js']);
    expect(existsSync(join(admin, 'sveltia-cms.js'))).toBe(true);
  });

  it('sends its headers from the built _headers, after the visitors’ block, with the visitors’ policy detached', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers.indexOf('/*\n')).toBeLessThan(headers.indexOf('/admin/*\n'));
    expect(headers.endsWith(adminHeadersBlock({ base: '/admin/', sources: adminConnectSources(repository) }))).toBe(true);
  });

  it('reaches no visitor: no page links to it or loads from it, and neither the sitemap nor the search index lists it', () => {
    const { pages } = readBuiltSite();
    expect(pages.size).toBeGreaterThan(150);
    // While the repository is unset there are no editing links at all (with it set, they open /admin/ on purpose).
    if (repository === null) {
      const linking = [...pages].filter(([, html]) => /(href|src)="[^"]*\/admin\//.test(html)).map(([path]) => path);
      expect(linking).toEqual([]);
    }
    expect(readSitemapPaths().filter((p) => p.startsWith('/admin'))).toEqual([]);
    const pagefind = listFiles(join(distDir, 'pagefind')).map((f) => urlPathOf(f));
    expect(pagefind.length).toBeGreaterThan(10);
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    // Every indexed page is a visitor page marked for search; the editor's page has no such mark.
    const marked = [...pages.values()].filter((html) => html.includes('data-pagefind-body')).length;
    expect(indexed).toBe(marked);
  });
});
