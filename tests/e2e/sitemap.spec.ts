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
  // A guide translated into every language is listed in each of them.
  expect(locs.filter((p) => p.endsWith('/guides/b2b-matchmaking-events/')).sort()).toEqual(
    ['/bg/', '/en/', '/es/', '/ro/', '/uk/'].map((l) => `${l}guides/b2b-matchmaking-events/`),
  );
});

test('no page in the sitemap is a fallback page', () => {
  // Fallback pages themselves are tested on the fixture site (tests/e2e-fixture/fallback.spec.ts).
  for (const path of locs) expect(parse(readBuilt(path)).querySelector(selectors.fallbackNotice), path).toBeNull();
});

test('translated pages carry xhtml:link alternates including x-default', () => {
  const entry = entries.find((e) => e.path === '/uk/news/itbridge-kickoff-cluj-napoca/');
  expect(entry).toBeDefined();
  expect(entry!.alternates.map((a) => a.hreflang).sort()).toEqual(['bg', 'en', 'es', 'ro', 'uk', 'x-default']);
});
