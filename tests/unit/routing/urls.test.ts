import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createUrls, urls, urlFormat } from '../../../src/lib/routing/urls';

const site = 'https://itbridge.test';
const root = createUrls({ base: '/', site });
const sub = createUrls({ base: '/sub/', site });

describe('createUrls with base "/"', () => {
  it('puts the language chooser at the site root', () => {
    expect(root.chooser()).toBe('/');
  });

  it('builds each locale home with a trailing slash', () => {
    expect(root.home('uk')).toBe('/uk/');
    expect(root.home('bg')).toBe('/bg/');
  });

  it('builds the first listing page without a page number', () => {
    expect(root.listing('uk', 'news')).toBe('/uk/news/');
    expect(root.listing('uk', 'news', 1)).toBe('/uk/news/');
  });

  it('numbers listing pages from page 2 on', () => {
    expect(root.listing('uk', 'news', 2)).toBe('/uk/news/2/');
    expect(root.listing('es', 'partners', 10)).toBe('/es/partners/10/');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects page %s with a RangeError', (page) => {
    expect(() => root.listing('en', 'guides', page)).toThrow(RangeError);
    expect(() => root.listing('en', 'guides', page)).toThrow(`Page must be a positive integer, got ${page}`);
  });

  it('builds entry pages under their collection', () => {
    expect(root.entry('uk', 'news', 'itbridge-kickoff-cluj-napoca')).toBe('/uk/news/itbridge-kickoff-cluj-napoca/');
    expect(root.entry('bg', 'guides', 'gdpr')).toBe('/bg/guides/gdpr/');
  });

  it('builds pages-collection entries at the locale root', () => {
    expect(root.entry('ro', 'pages', 'about')).toBe('/ro/about/');
  });

  it('builds the not-found page per locale', () => {
    expect(root.notFound('es')).toBe('/es/404/');
  });

  it('encodes characters that are not safe in a path segment', () => {
    expect(root.entry('en', 'news', 'a b')).toBe('/en/news/a%20b/');
  });

  it('turns site paths into absolute URLs on the site origin', () => {
    expect(root.absolute('/uk/news/')).toBe('https://itbridge.test/uk/news/');
    expect(root.absolute('/_astro/x.css')).toBe('https://itbridge.test/_astro/x.css');
    expect(root.absolute(root.chooser())).toBe('https://itbridge.test/');
  });

  it('leaves absolute URLs as they are', () => {
    expect(root.absolute('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(root.absolute('HTTP://Example.org/X')).toBe('HTTP://Example.org/X');
  });

  it('ignores a trailing slash on the site', () => {
    expect(createUrls({ base: '/', site: 'https://itbridge.test/' }).absolute('/en/')).toBe('https://itbridge.test/en/');
  });
});

describe('createUrls with base "/sub/"', () => {
  it('prefixes every page URL with the base', () => {
    expect(sub.chooser()).toBe('/sub/');
    expect(sub.home('en')).toBe('/sub/en/');
    expect(sub.listing('ro', 'studies')).toBe('/sub/ro/studies/');
    expect(sub.listing('ro', 'studies', 3)).toBe('/sub/ro/studies/3/');
    expect(sub.entry('uk', 'partners', 'lviv-it-cluster')).toBe('/sub/uk/partners/lviv-it-cluster/');
    expect(sub.entry('bg', 'pages', 'privacy')).toBe('/sub/bg/privacy/');
    expect(sub.notFound('uk')).toBe('/sub/uk/404/');
  });

  it('makes base-prefixed paths absolute', () => {
    expect(sub.absolute(sub.home('uk'))).toBe('https://itbridge.test/sub/uk/');
  });

  it('normalises a base written without slashes or with extra ones', () => {
    for (const base of ['sub', '/sub', 'sub/', '//sub//']) {
      expect(createUrls({ base, site }).home('es')).toBe('/sub/es/');
    }
  });

  it('keeps a nested base intact', () => {
    expect(createUrls({ base: '/a/b/', site }).entry('en', 'news', 'x')).toBe('/a/b/en/news/x/');
  });
});

describe('the default urls builder', () => {
  it('builds page URLs with trailing slashes', () => {
    expect(urls.home('uk')).toMatch(/\/uk\/$/);
    expect(urls.entry('bg', 'guides', 'gdpr')).toMatch(/\/bg\/guides\/gdpr\/$/);
  });

  it('makes absolute URLs on an http(s) origin', () => {
    expect(urls.absolute(urls.home('en'))).toMatch(/^https?:\/\/[^/]+\/(.+\/)?en\/$/);
  });
});

describe('archive, topic and feed URLs', () => {
  const u = createUrls({ base: '/', site: 'https://itbridge.test' });
  const sub = createUrls({ base: '/sub/', site: 'https://itbridge.test' });
  it('builds the news archive of a year and refuses a year that is not four digits', () => {
    expect(u.newsYear('uk', 2025)).toBe('/uk/news/2025/');
    expect(() => u.newsYear('uk', 25)).toThrow(RangeError);
  });
  it('builds topic pages and the per-locale feed, honouring base', () => {
    expect(u.topics('ro')).toBe('/ro/topics/');
    expect(u.topics('ro', 'market-entry')).toBe('/ro/topics/market-entry/');
    expect(u.feed('bg')).toBe('/bg/rss.xml');
    expect(sub.feed('bg')).toBe('/sub/bg/rss.xml');
  });
});

describe('search URLs', () => {
  const u = createUrls({ base: '/', site: 'https://itbridge.test' });
  const sub = createUrls({ base: '/sub/', site: 'https://itbridge.test' });
  it('builds the search page, with an encoded query as a deep link', () => {
    expect(u.search('uk')).toBe('/uk/search/');
    expect(u.search('uk', 'кластери ЄС & <b>')).toBe('/uk/search/?q=%D0%BA%D0%BB%D0%B0%D1%81%D1%82%D0%B5%D1%80%D0%B8%20%D0%84%D0%A1%20%26%20%3Cb%3E');
    expect(sub.searchBundle()).toBe('/sub/pagefind/');
  });
});

describe('urlFormat', () => {
  it('is the shape every page URL has, and what astro.config.mjs hands to Astro', () => {
    expect(urlFormat).toEqual({ trailingSlash: 'always', buildFormat: 'directory' });
    const config = readFileSync(resolve(import.meta.dirname, '../../../astro.config.mjs'), 'utf8');
    expect(config).toContain('trailingSlash: urlFormat.trailingSlash');
    expect(config).toContain('format: urlFormat.buildFormat');
    const u = createUrls({ base: '/', site: 'https://x.org' });
    for (const path of [u.home('uk'), u.listing('uk', 'news', 2), u.entry('uk', 'pages', 'about'), u.topics('uk', 'training'), u.newsYear('uk', 2025)]) {
      expect(path.endsWith('/'), path).toBe(true);
    }
  });
});
