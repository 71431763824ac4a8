/**
 * The site-wide gate over dist/ (built by `npm test` before this suite): every page, no browser.
 * A failure lists page, element and rule for every problem found.
 */
import { describe, it, expect } from 'vitest';
import { checkSite } from './site-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readBuiltSite, readSitemapPaths } from '../helpers/dist';
import { uiResources } from '../../src/i18n/translator';
import { flattenUi } from '../../src/i18n/ui-keys';
import { siteUrl } from '../../src/env';
import { repository } from '../../src/settings';

describe('the built site', () => {
  it('passes every link, language, alternate, canonical, sitemap, chrome and share-image rule', () => {
    const { pages, files } = readBuiltSite();
    const sitemap = readSitemapPaths();
    // English strings that could appear whole in the chrome; brand names are the same in every language.
    const englishStrings = new Set([...flattenUi(uiResources.en).values()].filter((s) => !s.includes('{{') && s !== 'ITBridge' && s.length > 2));
    const readFile = (path: string) => (files.has(path) && existsSync(join(distDir, path)) ? readFileSync(join(distDir, path)) : undefined);
    const findings = checkSite({ pages, files, sitemap, site: siteUrl, englishStrings, readFile, editLinks: repository !== null });
    expect(pages.size).toBeGreaterThan(150);
    expect(sitemap.length).toBeGreaterThan(30);
    expect(findings.map((f) => `${f.page} ${f.element} [${f.rule}] ${f.message}`)).toEqual([]);
  });
});
