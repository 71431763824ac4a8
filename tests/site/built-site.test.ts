/**
 * The site-wide gate over dist/ (built by `npm test` before this suite): every page, no browser.
 * A failure lists page, element and rule for every problem found.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkSite } from './site-check';
import { uiResources } from '../../src/i18n/translator';
import { siteUrl } from '../../src/env';

const dist = resolve(import.meta.dirname, '../../dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function flattenStrings(obj: unknown): string[] {
  if (typeof obj === 'string') return [obj];
  if (obj && typeof obj === 'object') return Object.values(obj).flatMap(flattenStrings);
  return [];
}

describe('the built site', () => {
  it('passes every link, language, alternate, canonical, sitemap and chrome rule', () => {
    expect(existsSync(join(dist, 'index.html')), 'dist/ is missing: run npm run build first').toBe(true);
    const pages = new Map<string, string>();
    const files = new Set<string>();
    for (const file of walk(dist)) {
      const path = `/${relative(dist, file)}`;
      if (file.endsWith('/index.html')) pages.set(path.replace(/index\.html$/, ''), readFileSync(file, 'utf8'));
      else files.add(path);
    }
    const sitemap = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    // English strings that could appear whole in the chrome; brand names are the same in every language.
    const englishStrings = new Set(flattenStrings(uiResources.en).filter((s) => !s.includes('{{') && s !== 'ITBridge' && s.length > 2));
    const findings = checkSite({ pages, files, sitemap, site: siteUrl, englishStrings });
    expect(pages.size).toBeGreaterThan(150);
    expect(findings.map((f) => `${f.page} ${f.element} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});
