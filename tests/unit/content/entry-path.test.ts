import { describe, it, expect } from 'vitest';
import {
  parseEntryPath,
  splitEntryId,
  ContentPathError,
} from '../../../src/lib/content/entry-path';

describe('parseEntryPath', () => {
  it('derives locale, slug and id from a file in a locale folder', () => {
    expect(parseEntryPath('uk/kickoff-cluj-napoca.md', 'content/news')).toEqual({
      locale: 'uk',
      slug: 'kickoff-cluj-napoca',
      id: 'uk/kickoff-cluj-napoca',
    });
  });

  it('strips the .mdx extension as well as .md', () => {
    expect(parseEntryPath('bg/eu-market-entry.mdx', 'content/guides')).toEqual({
      locale: 'bg',
      slug: 'eu-market-entry',
      id: 'bg/eu-market-entry',
    });
  });

  it('accepts slugs with digits as long as they contain a letter', () => {
    expect(parseEntryPath('en/report-2025.md', 'content/studies').slug).toBe('report-2025');
  });

  it('rejects a "ua" folder, naming the file and the allowed locales', () => {
    const attempt = () => parseEntryPath('ua/x.md', 'content/news');
    expect(attempt).toThrow(ContentPathError);
    expect(attempt).toThrow(/^content\/news\/ua\/x\.md: "ua" is not a locale folder\./);
    expect(attempt).toThrow(/one of: en, uk, ro, es, bg/);
    expect(attempt).toThrow(/Ukrainian is "uk", never "ua"/);
  });

  it('names the file without a doubled slash when the collection folder ends with one', () => {
    expect(() => parseEntryPath('ua/x.md', 'content/news/')).toThrow(/^content\/news\/ua\/x\.md:/);
  });

  it('rejects a file directly in the collection folder', () => {
    const attempt = () => parseEntryPath('x.md', 'content/news');
    expect(attempt).toThrow(ContentPathError);
    expect(attempt).toThrow(/^content\/news\/x\.md: content files must sit directly in a locale folder/);
    expect(attempt).toThrow(/Allowed locale folders: en, uk, ro, es, bg\./);
  });

  it('rejects a file nested below a locale folder', () => {
    expect(() => parseEntryPath('en/2025/x.md', 'content/news')).toThrow(/must sit directly in a locale folder/);
  });

  it.each([
    ['uppercase letters', 'en/Kickoff.md', 'Kickoff'],
    ['spaces', 'en/my guide.md', 'my guide'],
    ['non-ASCII letters', 'uk/новини.md', 'новини'],
    ['only digits, which would clash with page 2', 'en/2.md', '2'],
    ['a double hyphen', 'en/eu--market.md', 'eu--market'],
    ['a leading hyphen', 'en/-draft.md', '-draft'],
    ['a trailing hyphen', 'en/draft-.md', 'draft-'],
    ['an underscore', 'en/eu_market.md', 'eu_market'],
  ])('rejects a file name with %s', (_why, path, slug) => {
    const attempt = () => parseEntryPath(path, 'content/guides');
    expect(attempt).toThrow(ContentPathError);
    expect(attempt).toThrow(`content/guides/${path}: the file name "${slug}" is not a valid slug.`);
  });

  it('names its errors ContentPathError', () => {
    try {
      parseEntryPath('x.md', 'content/news');
      expect.unreachable('parseEntryPath should have thrown');
    } catch (error) {
      expect((error as Error).name).toBe('ContentPathError');
    }
  });
});

describe('splitEntryId', () => {
  it('splits an id into locale and slug', () => {
    expect(splitEntryId('bg/about')).toEqual({ locale: 'bg', slug: 'about' });
  });

  it('undoes parseEntryPath', () => {
    const { id, locale, slug } = parseEntryPath('ro/kickoff.md', 'content/news');
    expect(splitEntryId(id)).toEqual({ locale, slug });
  });

  it('throws for an id whose first part is not a locale', () => {
    expect(() => splitEntryId('ua/about')).toThrow('Malformed entry id "ua/about"; expected <locale>/<slug>.');
  });

  it('throws for an id without a slug', () => {
    expect(() => splitEntryId('en')).toThrow(ContentPathError);
    expect(() => splitEntryId('en/')).toThrow(/Malformed entry id "en\/"/);
  });
});
