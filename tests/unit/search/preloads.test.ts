import { describe, it, expect } from 'vitest';
import { entryTagOf, injectPreloads, renderPreloads, searchPreloads, type PreloadInput } from '../../../src/lib/search/preloads';

const entry = {
  version: '1.6.0',
  languages: {
    en: { hash: 'en_d186876cfd', wasm: 'en', page_count: 14 },
    uk: { hash: 'uk_1fea2dd814', wasm: null, page_count: 14 },
  },
};
const input = (over: Partial<PreloadInput> = {}): PreloadInput => ({
  entry,
  entryTag: 'a1b2c3d4e5',
  locale: 'uk',
  bundle: '/pagefind/',
  filterFiles: new Map([['uk_09d57d7.pf_filter', 400], ['en_111.pf_filter', 400], ['uk_4a817f8.pf_filter', 300]]),
  indexFiles: new Map([['uk_f19f5b4.pf_index', 37_000], ['en_b23fa9e.pf_index', 26_000]]),
  ...over,
});

describe('the search page’s preloads', () => {
  it('asks for the runtime, the entry file under its cache tag, the language’s metadata, WebAssembly, filters and small index, in that order', () => {
    expect(searchPreloads(input()).map((p) => `${p.rel} ${p.href}`)).toEqual([
      'modulepreload /pagefind/pagefind.js',
      'preload /pagefind/pagefind-entry.json?ts=a1b2c3d4e5',
      'preload /pagefind/pagefind.uk_1fea2dd814.pf_meta',
      'preload /pagefind/wasm.unknown.pagefind',
      'preload /pagefind/filter/uk_09d57d7.pf_filter',
      'preload /pagefind/filter/uk_4a817f8.pf_filter',
      'preload /pagefind/index/uk_f19f5b4.pf_index',
    ]);
    expect(searchPreloads(input({ locale: 'en' })).map((p) => p.href)).toContain('/pagefind/wasm.en.pagefind');
  });

  it('leaves the word index out when the language’s index is larger than the budget: a query needs only some of its chunks', () => {
    const hrefs = searchPreloads(input({ indexBudget: 36_999 })).map((p) => p.href);
    expect(hrefs.some((h) => h.includes('/index/'))).toBe(false);
    expect(hrefs.filter((h) => h.includes('/filter/'))).toHaveLength(2);
  });

  it('refuses a language Pagefind did not index', () => {
    expect(() => searchPreloads(input({ locale: 'ro' }))).toThrow('Search preloads: Pagefind indexed no "ro" pages (languages: en, uk).');
  });

  it('writes fetch preloads as Pagefind’s fetch() asks for them, marks the entry file, and reads its tag back', () => {
    const html = renderPreloads(searchPreloads(input()).slice(0, 3));
    expect(html).toBe(
      '<link rel="modulepreload" href="/pagefind/pagefind.js">' +
        '<link rel="preload" href="/pagefind/pagefind-entry.json?ts=a1b2c3d4e5" as="fetch" crossorigin data-pagefind-entry>' +
        '<link rel="preload" href="/pagefind/pagefind.uk_1fea2dd814.pf_meta" as="fetch" crossorigin>',
    );
    expect(entryTagOf('/pagefind/pagefind-entry.json?ts=a1b2c3d4e5')).toBe('a1b2c3d4e5');
    expect(entryTagOf(null)).toBeUndefined();
  });

  it('goes at the end of the head, once', () => {
    const page = '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>';
    const markup = renderPreloads(searchPreloads(input()));
    const once = injectPreloads(page, markup, 'uk/search/index.html');
    expect(once).toMatch(/<title>x<\/title><link rel="modulepreload"[^]*crossorigin><\/head><body>/);
    expect(() => injectPreloads(once, markup, 'uk/search/index.html')).toThrow('uk/search/index.html already has the search preloads.');
    expect(() => injectPreloads('<p>no head</p>', markup, 'x.html')).toThrow('x.html has no </head> to add the search preloads to.');
  });
});
