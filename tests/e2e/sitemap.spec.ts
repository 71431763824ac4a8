import { test, expect } from '@playwright/test';
import { parse } from 'node-html-parser';
import { builtPages, readBuilt } from './helpers';
import { readSitemap } from '../helpers/dist';
import { selectors } from '../../src/lib/outputs/dom-contract';
import { hasNoindexMeta } from '../../src/lib/outputs/sitemap';

const entries = readSitemap();
const locs = entries.map((e) => e.path);
const pages = builtPages();

test('the sitemap lists real pages only: no chooser, no fallback page, nothing that was not built', () => {
  expect(locs.length).toBeGreaterThan(30);
  expect(locs).not.toContain('/');
  for (const path of locs) {
    expect(pages, path).toContain(path);
    expect(hasNoindexMeta(parse(readBuilt(path))), path).toBe(false);
  }
  // The guide with no Bulgarian translation is listed in its four real languages only.
  expect(locs.filter((p) => p.endsWith('/guides/b2b-matchmaking-events/')).sort()).toEqual(
    ['/en/', '/es/', '/ro/', '/uk/'].map((l) => `${l}guides/b2b-matchmaking-events/`),
  );
});

test('every fallback page is left out of the sitemap', () => {
  const fallbacks = pages.filter((p) => p !== '/' && parse(readBuilt(p)).querySelector(selectors.fallbackNotice) !== null);
  expect(fallbacks.length).toBeGreaterThan(0);
  for (const path of fallbacks) expect(locs, path).not.toContain(path);
});

test('translated pages carry xhtml:link alternates including x-default', () => {
  const entry = entries.find((e) => e.path === '/uk/news/itbridge-kickoff-cluj-napoca/');
  expect(entry).toBeDefined();
  expect(entry!.alternates.map((a) => a.hreflang).sort()).toEqual(['bg', 'en', 'es', 'ro', 'uk', 'x-default']);
});
