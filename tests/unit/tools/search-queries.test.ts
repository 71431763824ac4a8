import { describe, it, expect } from 'vitest';
import { resolve } from 'node:path';
import { searchCases } from '../../e2e/search-queries';
import { untranslatedCases } from '../../e2e-fixture/search-untranslated-queries';
import { documentPath, listDocuments } from '../../../scripts/lib/content-samples';
import { collectionNames } from '../../../src/lib/content/collections';
import { defaultLocale, locales, type Locale } from '../../../src/i18n/locales';
import { searchCategories } from '../../helpers/search-metrics';

const root = resolve(import.meta.dirname, '../../..');
const realContent = resolve(root, 'content');
const fixtureContent = resolve(root, 'tests/fixtures/content');

/** Paths of the documents of `contentDir` that are (or are not) translated into `locale`. */
function documentPaths(contentDir: string, locale: Locale, translated: boolean): Set<string> {
  return new Set(
    collectionNames.flatMap((collection) =>
      listDocuments(collection, contentDir)
        .filter((doc) => doc.locales.has(locale) === translated)
        .map((doc) => documentPath(locale, doc)),
    ),
  );
}

const measured = searchCategories.filter((c) => c !== 'ordinary' && c !== 'untranslated');

describe('the search-quality queries of the real site', () => {
  it.each(locales)('in %s expect only real pages of that locale', (locale) => {
    const pages = documentPaths(realContent, locale, true);
    const unknown = searchCases[locale].flatMap((c) => c.expect.filter((url) => !pages.has(url)).map((url) => `"${c.query}" → ${url}`));
    expect(unknown, 'an expected URL is not a document translated into this locale').toEqual([]);
  });

  it.each(locales)('in %s cover every category but untranslated, each at least twice, with 15 ordinary queries', (locale) => {
    const count = (category: string) => searchCases[locale].filter((c) => c.category === category).length;
    expect(count('ordinary')).toBeGreaterThanOrEqual(15);
    for (const category of measured) expect(count(category), category).toBeGreaterThanOrEqual(2);
    expect(count('untranslated'), 'the real site has every document translated: untranslated queries are on the fixture site').toBe(0);
    expect(searchCases[locale].length - count('ordinary')).toBeGreaterThanOrEqual(10);
  });

  it.each(locales)('in %s have no query twice and a note on each', (locale) => {
    const queries = searchCases[locale].map((c) => c.query.toLocaleLowerCase(locale));
    expect(queries.filter((q, i) => queries.indexOf(q) !== i)).toEqual([]);
    expect(searchCases[locale].filter((c) => c.note.length < 10).map((c) => c.query)).toEqual([]);
  });
});

describe('the untranslated-document queries of the fixture site', () => {
  const others = locales.filter((l) => l !== defaultLocale);

  it('cover every locale but the default one, with at least three queries each', () => {
    expect(Object.keys(untranslatedCases).sort()).toEqual([...others].sort());
    for (const locale of others) expect(untranslatedCases[locale as keyof typeof untranslatedCases].length, locale).toBeGreaterThanOrEqual(3);
  });

  it.each(others)('in %s expect fallback pages: fixture documents not translated into that locale', (locale) => {
    const fallbacks = documentPaths(fixtureContent, locale, false);
    const cases = untranslatedCases[locale as keyof typeof untranslatedCases];
    expect(cases.every((c) => c.category === 'untranslated')).toBe(true);
    const wrong = cases.flatMap((c) => c.expect.filter((url) => !fallbacks.has(url)).map((url) => `"${c.query}" → ${url}`));
    expect(wrong, 'an expected URL is not the fallback page of an untranslated fixture document').toEqual([]);
  });
});
