import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  collectionRegistry,
  collectionNames,
  listedCollections,
  reservedPageSlugs,
  siteRouteSegments,
  getCollectionSpec,
  navSectionOf,
  collectionOfEntryType,
  entryTypes,
  isListedCollection,
} from '../../../src/lib/content/collections';
import { neutralFieldNames } from '../../../src/lib/content/neutral';
import { useTranslations } from '../../../src/i18n/translator';

const root = resolve(import.meta.dirname, '../../..');

describe('the collection registry', () => {
  it('lists the four editorial collections and the pages collection, in navigation order', () => {
    expect(collectionNames).toEqual(['news', 'guides', 'studies', 'partners', 'pages']);
    expect(listedCollections).toEqual(['news', 'guides', 'studies', 'partners']);
  });

  it('has one folder under content/ per collection, and no folder that is not a collection', () => {
    const folders = readdirSync(resolve(root, 'content'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...collectionNames].sort());
  });

  it('relates only listed collections, and requires only neutral fields', () => {
    for (const spec of collectionRegistry) {
      for (const related of 'related' in spec ? spec.related.collections : []) expect(isListedCollection(related), `${spec.name} → ${related}`).toBe(true);
      for (const field of spec.requiredNeutral) expect(neutralFieldNames).toContain(field);
      expect(spec.pageSize).toBeGreaterThan(0);
    }
  });

  it('gives every listed collection a title, an intro, a navigation label and a search type in every UI file', () => {
    for (const locale of ['en', 'uk', 'ro', 'es', 'bg'] as const) {
      const { t } = useTranslations(locale);
      for (const name of listedCollections) {
        expect(t(`collections.${name}.title`)).not.toBe('');
        expect(t(`collections.${name}.intro`)).not.toBe('');
        expect(t(`nav.${name}`)).not.toBe('');
      }
      for (const name of collectionNames) expect(t(`search.types.${name}`)).not.toBe('');
    }
  });

  it('reserves every URL segment the routes under src/pages/[locale]/ use, so a page cannot shadow a route', () => {
    const segments = readdirSync(resolve(root, 'src/pages/[locale]'))
      .filter((name) => !name.startsWith('_') && !name.startsWith('[') && name !== 'index.astro')
      .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\.xml$/, ''));
    expect(segments.length).toBeGreaterThan(3);
    for (const segment of segments) expect(reservedPageSlugs, `src/pages/[locale]/${segment}`).toContain(segment);
    for (const segment of siteRouteSegments) expect(reservedPageSlugs).toContain(segment);
  });

  it('decides the table of contents and reading time per collection: guides only', () => {
    expect(collectionNames.filter((c) => getCollectionSpec(c).toc)).toEqual(['guides']);
    expect(collectionNames.filter((c) => getCollectionSpec(c).readingTime)).toEqual(['guides']);
  });

  it('puts the about page in the About section and other standalone pages in none', () => {
    expect(navSectionOf('pages', 'about')).toBe('about');
    expect(navSectionOf('pages', 'privacy')).toBeUndefined();
    expect(navSectionOf('studies', 'x')).toBe('studies');
  });

  it('maps the types editors type after npm run new to collections, by type or by folder name', () => {
    expect(entryTypes).toEqual(['news', 'guide', 'study', 'partner', 'page']);
    expect(collectionOfEntryType('study')).toBe('studies');
    expect(collectionOfEntryType('studies')).toBe('studies');
    expect(collectionOfEntryType('Guides')).toBe('guides');
    expect(collectionOfEntryType('blog')).toBeUndefined();
    expect(collectionOfEntryType('constructor')).toBeUndefined();
  });
});
