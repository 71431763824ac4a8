/**
 * The search data the build writes beside Pagefind's index (src/lib/search/site-search-data.ts): the
 * vocabulary files the search page loads by first letter, and the alias table in its configuration.
 * The vocabulary is built from the content, not from Pagefind's index, so this checks the two agree:
 * every word Pagefind indexes on a page is a word the page's language's vocabulary knows.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { distDir, readBuiltSite } from '../helpers/dist';
import { locales, type Locale } from '../../src/i18n/locales';
import { pagefindFold, splitWords, wordParts } from '../../src/lib/search/fold';
import { chunkKey, minWordLength } from '../../src/lib/search/lexicon';
import { attributes } from '../../src/lib/outputs/dom-contract';
import type { SearchConfig } from '../../src/lib/search/strings';

const { pages } = readBuiltSite();

function configOf(locale: Locale): SearchConfig {
  const html = pages.get(`/${locale}/search/`)!;
  return JSON.parse(parse(html).querySelector('itb-search script[type="application/json"]')!.textContent) as SearchConfig;
}

function vocabularyOf(locale: Locale): Map<string, string[]> {
  const { lexicon } = configOf(locale);
  return new Map(Object.entries(lexicon.files).map(([key, file]) => [key, gunzipSync(readFileSync(join(distDir, lexicon.base, file))).toString('utf8').split('\n')]));
}

/** The text Pagefind indexes on a page: its search body without the ignored parts. */
function indexedText(body: HTMLElement): string {
  for (const ignored of body.querySelectorAll(`[${attributes.searchIgnore}]`)) ignored.remove();
  for (const hidden of body.querySelectorAll('[hidden], script, style, template')) hidden.remove();
  return body.structuredText;
}

describe('the search vocabulary', () => {
  for (const locale of locales) {
    it(`${locale}: every file the search page names exists, is gzip and holds words of its letter; no other file`, () => {
      const { lexicon } = configOf(locale);
      expect(lexicon.base).toBe(`/search-data/${locale}/`);
      const names = Object.values(lexicon.files);
      expect(names.length).toBeGreaterThan(10);
      expect(readdirSync(join(distDir, lexicon.base)).sort()).toEqual([...names].sort());
      for (const [key, words] of vocabularyOf(locale)) {
        expect(words.length).toBeGreaterThan(0);
        expect(words.filter((w) => chunkKey(w) !== key)).toEqual([]);
      }
    });

    it(`${locale}: knows every word Pagefind indexes on the language's pages, fallback pages included`, () => {
      const known = new Set([...vocabularyOf(locale).values()].flat());
      const missing = new Map<string, string>();
      let words = 0;
      for (const [path, html] of pages) {
        if (!path.startsWith(`/${locale}/`)) continue;
        const root = parse(html);
        const body = root.querySelector(`[${attributes.searchBody}]`) ?? root.querySelector(`[${attributes.untranslatedSearchBody}]`);
        if (!body) continue;
        for (const word of splitWords(indexedText(body)).flatMap(wordParts)) {
          const lower = word.normalize('NFC').toLowerCase().replace(/['ʼ‘`´]/g, '’');
          if (pagefindFold(lower).length < minWordLength || /^\p{N}+$/u.test(lower)) continue;
          words++;
          if (!known.has(lower)) missing.set(lower, path);
        }
      }
      expect(words).toBeGreaterThan(1000);
      // Every indexed word: a word the vocabulary lacks would be "corrected" away from a page that has it.
      expect([...missing].map(([w, p]) => `${w} (${p})`)).toEqual([]);
    });
  }
});

describe('the alias table', () => {
  it('maps the Russian-derived and foreign forms readers type to each language’s own name', () => {
    const table = (locale: Locale) => new Map(configOf(locale).aliases);
    expect(table('en').get('kharkov')).toBe('Kharkiv');
    expect(table('en').get('харьков*')).toBe('Kharkiv');
    expect(table('uk').get('kharkiv')).toBe('Харків');
    expect(table('uk').get('одесс*')).toBe('Одеса');
    expect(table('bg').get('харків')).toBe('Харков');
    expect(table('ro').get('transylvania')).toBe('Transilvania');
    expect(table('es').get('ucraina')).toBe('Ucrania');
    // A language's own form is never an alias of itself.
    for (const locale of locales) expect([...table(locale)].filter(([form, target]) => pagefindFold(target).replace(/-/g, ' ') === form)).toEqual([]);
  });
});

describe('untranslated documents on the real site', () => {
  it('has none, so no untranslated bundle is built or loaded', () => {
    expect(existsSync(join(distDir, 'pagefind-untranslated'))).toBe(false);
    for (const locale of locales) expect(configOf(locale).untranslatedBundle).toBeUndefined();
    expect([...pages.values()].filter((html) => html.includes(` ${attributes.untranslatedSearchBody}`))).toEqual([]);
  });
});
