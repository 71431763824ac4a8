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
import { parse } from 'node-html-parser';
import { contentDir, env } from '../../src/env';
import { readContentTree } from '../../src/lib/checks/content-tree';
import { selectors } from '../../src/lib/outputs/dom-contract';

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

  it('has no draft: no page carries the preview\'s draft banner or a draft\'s headline', () => {
    const { pages } = readBuiltSite();
    const drafts = readContentTree(contentDir, { publicDir: env.publicDir }).entries.filter((e) => e.data.draft === true);
    const draftTitles = new Map(drafts.map((d) => [d.data.title, d.filePath]));
    const found: string[] = [];
    for (const [path, html] of pages) {
      const root = parse(html);
      if (root.querySelector(selectors.draftBanner)) found.push(`${path}: draft banner`);
      const h1 = root.querySelector('h1')?.textContent.trim();
      if (h1 && draftTitles.has(h1)) found.push(`${path}: shows ${draftTitles.get(h1)}, a draft`);
    }
    expect(found).toEqual([]);
  });

  it('links every stale cell of the status page to what changed in the original, with the changed lines and the git command', () => {
    const { pages } = readBuiltSite();
    const status = parse(pages.get('/status/translations/')!);
    const staleCells = status.querySelectorAll('td.status-stale');
    const changes = status.querySelectorAll('[data-stale-change]');
    const problems: string[] = [];
    for (const cell of staleCells) {
      const link = cell.querySelectorAll('a').find((a) => a.textContent === 'what changed');
      const target = link ? status.querySelector(link.getAttribute('href')!) : null;
      if (!target) problems.push(`a stale cell (${cell.querySelector('a')?.getAttribute('href')}) has no "what changed" link to a block of changes`);
      else if (!target.querySelector('.diff-lines li')) problems.push(`${target.id} lists no changed line`);
      else if (!/git diff [0-9a-f]{12} -- \S+\.mdx?/.test(target.textContent)) problems.push(`${target.id} gives no git diff command`);
    }
    // No block for a translation that is not stale.
    expect(changes.length).toBe(staleCells.length);
    expect(problems).toEqual([]);
  });
});
