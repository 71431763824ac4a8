import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sampleDocument, fallbackPath, documentPath, readField, articlePerLocale, listDocuments } from '../../../scripts/lib/content-samples';
import { locales } from '../../../src/i18n/locales';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');

describe('content samples for the browser tests', () => {
  it('picks a document translated into every locale, so each locale has a real page of it', () => {
    const about = sampleDocument('pages', fixture);
    expect(about.slug).toBe('about');
    expect([...about.locales].sort()).toEqual([...locales].sort());
    expect(documentPath('bg', about)).toBe('/bg/about/');
  });

  it('refuses a collection with no document in every locale, naming the collection', () => {
    expect(() => sampleDocument('guides', fixture)).toThrow(/content\/guides\/ has no published document translated into every locale/);
  });

  it('finds a fallback page for a locale the original was not translated into, skipping drafts', () => {
    expect(fallbackPath('bg', fixture)).toBe('/bg/news/first-news/');
    // first-news has a Ukrainian translation; the fixture guide (English only) is the Ukrainian fallback.
    expect(fallbackPath('uk', fixture)).toBe('/uk/guides/fixture-guide/');
  });

  it('leaves out a scheduled document, as the build does, until the day it is published', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-samples-'));
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(join(dir, 'news/en/later.md'), '---\ntitle: Later\ndescription: A news item published on a later day.\npubDate: 2030-06-15\ntopics: [training]\n---\nText.\n');
    expect(listDocuments('news', dir, '2030-06-14').map((d) => d.slug)).toEqual(['first-news']);
    expect(listDocuments('news', dir, '2030-06-15').map((d) => d.slug)).toEqual(['first-news', 'later']);
  });

  it('reads a frontmatter field of the original, taking the first item of a list', () => {
    const about = sampleDocument('pages', fixture);
    expect(readField(about, 'title')).toBe('Fixture about page');
    expect(() => readField(about, 'noSuchField')).toThrow(/pages\/en\/about: no "noSuchField"/);
  });

  it('spreads one article per locale over the listed collections of the real content', () => {
    const articles = articlePerLocale();
    expect(articles.map(([l]) => l)).toEqual([...locales]);
    expect(new Set(articles.map(([, path]) => path.split('/')[2])).size).toBe(4);
  });
});
