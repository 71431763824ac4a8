import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, builtPages, readBuilt } from './helpers';

const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const pages = builtPages();

test('the sitemap lists real pages only: no chooser, no fallback page, nothing that was not built', () => {
  expect(locs.length).toBeGreaterThan(30);
  expect(locs).not.toContain('/');
  for (const path of locs) {
    expect(pages, path).toContain(path);
    expect(readBuilt(path), path).not.toContain('content="noindex"');
  }
  // The guide with no Bulgarian translation is listed in its four real languages only.
  expect(locs.filter((p) => p.endsWith('/guides/b2b-matchmaking-events/')).sort()).toEqual(
    ['/en/', '/es/', '/ro/', '/uk/'].map((l) => `${l}guides/b2b-matchmaking-events/`),
  );
});

test('every fallback page is left out of the sitemap', () => {
  const fallbacks = pages.filter((p) => p !== '/' && readBuilt(p).includes('data-fallback-notice'));
  expect(fallbacks.length).toBeGreaterThan(0);
  for (const path of fallbacks) expect(locs, path).not.toContain(path);
});

test('translated pages carry xhtml:link alternates including x-default', () => {
  const entry = xml.split('<url>').find((u) => u.includes('/uk/news/itbridge-kickoff-cluj-napoca/</loc>'));
  expect(entry).toBeDefined();
  for (const lang of ['en', 'uk', 'ro', 'es', 'bg', 'x-default']) expect(entry).toContain(`hreflang="${lang}"`);
});
