import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { hasNoindexMeta, isSitemapPage, withXDefault } from '../../../src/lib/outputs/sitemap';

const site = 'https://itbridge.test';
let outDir: string;

/** Writes dist/<path>/index.html with the given head. */
function page(path: string, head = '<title>x</title>') {
  const dir = join(outDir, path);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
}

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'itbridge-sitemap-'));
  page('', '<meta name="robots" content="noindex">'); // the chooser is left out whatever its head says
  page('en/guides/gdpr', '<link rel="canonical" href="https://itbridge.test/en/guides/gdpr/">');
  page('bg/guides/gdpr', '<meta name="robots" content="noindex">');
  page('es/404', '<meta name="robots" content="noindex, follow">');
  page('uk/news/kickoff', '<meta name="description" content="noindex is mentioned here but it is not a robots tag">');
  page('ro/guides/gdpr', '<meta content="noindex" name="robots">');
  page('uk/guides/gdpr', '<meta name="ROBOTS" content="NOINDEX">');
  page('es/search', '<meta name="robots" content="none">');
  page('bg/news/kickoff', '<meta name="robots" content="index, follow">');
  page('en/news/kickoff', '<script type="application/json">{"html": "<meta name=\\"robots\\" content=\\"noindex\\">"}</script>');
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('isSitemapPage', () => {
  it('leaves out the site root, which is only the x-default language chooser', () => {
    expect(isSitemapPage('https://itbridge.test/', { site, outDir })).toBe(false);
    expect(isSitemapPage('https://itbridge.test/', { site: `${site}/`, outDir })).toBe(false);
  });

  it('leaves out a page whose built HTML says noindex', () => {
    expect(isSitemapPage('https://itbridge.test/bg/guides/gdpr/', { site, outDir })).toBe(false);
  });

  it('leaves out a page whose robots meta combines noindex with other directives', () => {
    expect(isSitemapPage('https://itbridge.test/es/404/', { site, outDir })).toBe(false);
  });

  it('keeps a normal page', () => {
    expect(isSitemapPage('https://itbridge.test/en/guides/gdpr/', { site, outDir })).toBe(true);
  });

  it('keeps a page that mentions noindex outside a robots meta tag', () => {
    expect(isSitemapPage('https://itbridge.test/uk/news/kickoff/', { site, outDir })).toBe(true);
  });

  it('leaves out a noindex page whatever the order of the meta tag’s attributes', () => {
    expect(isSitemapPage('https://itbridge.test/ro/guides/gdpr/', { site, outDir })).toBe(false);
  });

  it('reads the robots meta name and its directives case-insensitively, as crawlers do', () => {
    expect(isSitemapPage('https://itbridge.test/uk/guides/gdpr/', { site, outDir })).toBe(false);
  });

  it('treats robots "none" as noindex', () => {
    expect(isSitemapPage('https://itbridge.test/es/search/', { site, outDir })).toBe(false);
  });

  it('keeps a page whose robots meta allows indexing', () => {
    expect(isSitemapPage('https://itbridge.test/bg/news/kickoff/', { site, outDir })).toBe(true);
  });

  it('keeps a page whose only robots markup is text inside a script', () => {
    expect(isSitemapPage('https://itbridge.test/en/news/kickoff/', { site, outDir })).toBe(true);
  });

  it('throws, naming the URL and the missing file, when a listed page was not built', () => {
    const call = () => isSitemapPage('https://itbridge.test/bg/guides/never-built/', { site, outDir });
    expect(call).toThrow(/https:\/\/itbridge\.test\/bg\/guides\/never-built\/ has no built page at .*bg\/guides\/never-built\/index\.html/);
    expect(call).toThrow(/leave it out of the sitemap in astro\.config\.mjs/);
  });

  it('resolves pages below a site that has a path of its own', () => {
    const subSite = 'https://itbridge.test/sub';
    expect(isSitemapPage('https://itbridge.test/sub/', { site: subSite, outDir })).toBe(false);
    expect(isSitemapPage('https://itbridge.test/sub/bg/guides/gdpr/', { site: subSite, outDir })).toBe(false);
    expect(isSitemapPage('https://itbridge.test/sub/en/guides/gdpr/', { site: subSite, outDir })).toBe(true);
  });
});

describe('hasNoindexMeta', () => {
  it('reads a parsed page the way the sitemap filter does, so the site gate can share it', () => {
    expect(hasNoindexMeta(parse('<head><meta content="noindex, follow" name="robots"></head>'))).toBe(true);
    expect(hasNoindexMeta(parse('<head><meta name="googlebot" content="noindex"></head>'))).toBe(false);
    expect(hasNoindexMeta(parse('<head></head>'))).toBe(false);
  });
});

describe('withXDefault', () => {
  const links = [
    { url: 'https://itbridge.test/en/', lang: 'en' },
    { url: 'https://itbridge.test/uk/', lang: 'uk' },
  ];

  it('appends the language chooser as x-default to an item with hreflang links', () => {
    const item = { url: 'https://itbridge.test/en/', links };
    expect(withXDefault(item, site)).toEqual({
      url: 'https://itbridge.test/en/',
      links: [...links, { url: 'https://itbridge.test/', lang: 'x-default' }],
    });
  });

  it('does not change the item it was given', () => {
    const item = { url: 'https://itbridge.test/en/', links: [...links] };
    withXDefault(item, site);
    expect(item.links).toEqual(links);
  });

  it('uses a site path as the chooser, with a trailing slash', () => {
    expect(withXDefault({ links }, 'https://itbridge.test/sub').links?.at(-1)).toEqual({
      url: 'https://itbridge.test/sub/',
      lang: 'x-default',
    });
  });

  it('leaves an item without links alone', () => {
    const bare: { url: string; links?: { url: string; lang: string }[] } = { url: 'https://itbridge.test/en/privacy/' };
    expect(withXDefault(bare, site)).toBe(bare);
    const empty = { url: 'https://itbridge.test/en/privacy/', links: [] };
    expect(withXDefault(empty, site)).toBe(empty);
  });
});
