import { describe, it, expect } from 'vitest';
import { checkIndexedLanguages, type PagefindEntry } from '../../../src/lib/search/index-check';

const lang = (page_count: number) => ({ hash: 'x', wasm: null, page_count });
const entry = (languages: PagefindEntry['languages']): PagefindEntry => ({ version: '1.6.0', languages });

describe('checkIndexedLanguages', () => {
  it('accepts exactly the five site languages, each with pages', () => {
    expect(checkIndexedLanguages(entry({ en: lang(3), uk: lang(3), ro: lang(2), es: lang(2), bg: lang(1) }))).toEqual([]);
  });

  it('refuses a regional or wrong code that would split an index', () => {
    const problems = checkIndexedLanguages(entry({ en: lang(3), 'uk-UA': lang(3), ro: lang(2), es: lang(2), bg: lang(1) }));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/unexpected language index "uk-UA" \(3 pages\)/);
    expect(problems[1]).toMatch(/no search index for "uk"/);
  });

  it('refuses an empty language index', () => {
    expect(checkIndexedLanguages(entry({ en: lang(3), uk: lang(0), ro: lang(2), es: lang(2), bg: lang(1) }))).toEqual([
      'the "uk" search index is empty.',
    ]);
  });
});
