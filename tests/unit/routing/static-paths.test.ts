import { describe, it, expect } from 'vitest';
import { buildDetailPages, buildSwitcherLinks, buildListing } from '../../../src/lib/routing/static-paths';
import { byDateDesc } from '../../../src/lib/content/indexes';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { entry, rootUrls as urls, fixtureToday } from '../../helpers/entries';

const map = buildTranslationMap([
  // news/kickoff: English original translated into Ukrainian and Bulgarian
  entry('news', 'en', 'kickoff', { pubDate: new Date('2025-02-13') }),
  entry('news', 'uk', 'kickoff'),
  entry('news', 'bg', 'kickoff'),
  // news/webinar: English only, newer
  entry('news', 'en', 'webinar', { pubDate: new Date('2025-03-01') }),
  // news/lviv-meetup: written in Ukrainian, translated into Romanian, oldest
  entry('news', 'uk', 'lviv-meetup', { sourceLocale: 'uk', pubDate: new Date('2024-11-20') }),
  entry('news', 'ro', 'lviv-meetup', { sourceLocale: 'uk' }),
  // a guide with the same slug as a news item must not leak into news pages
  entry('guides', 'en', 'kickoff', { pubDate: new Date('2025-01-01') }),
], { today: fixtureToday });

describe('buildDetailPages', () => {
  const pages = buildDetailPages(map, 'news');

  it('gives every document of the collection a page in each of the five locales', () => {
    expect(pages).toHaveLength(3 * 5);
    expect(pages.filter((p) => p.params.slug === 'kickoff').map((p) => p.params.locale)).toEqual(['en', 'uk', 'ro', 'es', 'bg']);
  });

  it('leaves out documents of other collections', () => {
    expect(buildDetailPages(map, 'guides')).toHaveLength(5);
    expect(pages.every((p) => p.props.doc.collection === 'news')).toBe(true);
  });

  it('flags the locales without a translation as fallbacks showing the original', () => {
    const kickoff = pages.filter((p) => p.params.slug === 'kickoff');
    expect(kickoff.filter((p) => p.props.version.isFallback).map((p) => p.params.locale)).toEqual(['ro', 'es']);
    const es = kickoff.find((p) => p.params.locale === 'es')!;
    expect(es.props.version).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(es.props.version.entry.id).toBe('en/kickoff');
  });

  it('falls back to a Ukrainian original on the English page of a Ukrainian-first document', () => {
    const en = pages.find((p) => p.params.slug === 'lviv-meetup' && p.params.locale === 'en')!;
    expect(en.props.version).toMatchObject({ locale: 'en', contentLocale: 'uk', isFallback: true });
  });
});

describe('buildSwitcherLinks', () => {
  const links = buildSwitcherLinks('uk', (l) => urls.entry(l, 'guides', 'gdpr'));

  it('gives one link per locale, in registry order, with native names', () => {
    expect(links.map((l) => [l.locale, l.nativeName])).toEqual([
      ['en', 'English'],
      ['uk', 'Українська'],
      ['ro', 'Română'],
      ['es', 'Español'],
      ['bg', 'Български'],
    ]);
  });

  it('marks only the current locale as current', () => {
    expect(links.filter((l) => l.current).map((l) => l.locale)).toEqual(['uk']);
  });

  it('takes each href from pathFor', () => {
    expect(links.map((l) => l.href)).toEqual([
      '/en/guides/gdpr/',
      '/uk/guides/gdpr/',
      '/ro/guides/gdpr/',
      '/es/guides/gdpr/',
      '/bg/guides/gdpr/',
    ]);
  });
});

describe('buildListing', () => {
  const listing = buildListing(map, 'news', 'bg', urls, byDateDesc);

  it('lists every document of the collection in the given order', () => {
    expect(listing.map((i) => i.doc.slug)).toEqual(['webinar', 'kickoff', 'lviv-meetup']);
  });

  it('shows the reader’s own translation where one exists', () => {
    const kickoff = listing.find((i) => i.doc.slug === 'kickoff')!;
    expect(kickoff).toMatchObject({ contentLocale: 'bg', isFallback: false, href: '/bg/news/kickoff/' });
    expect(kickoff.entry.id).toBe('bg/kickoff');
  });

  it('includes untranslated documents, marked as fallbacks in the language of the original', () => {
    const webinar = listing.find((i) => i.doc.slug === 'webinar')!;
    expect(webinar).toMatchObject({ contentLocale: 'en', isFallback: true });
    expect(webinar.entry.id).toBe('en/webinar');
    const meetup = listing.find((i) => i.doc.slug === 'lviv-meetup')!;
    expect(meetup).toMatchObject({ contentLocale: 'uk', isFallback: true });
  });

  it('links untranslated documents to the fallback page in the reader’s locale', () => {
    expect(listing.find((i) => i.doc.slug === 'webinar')!.href).toBe('/bg/news/webinar/');
    expect(listing.find((i) => i.doc.slug === 'lviv-meetup')!.href).toBe('/bg/news/lviv-meetup/');
  });

  it('does not reorder the translation map’s documents', () => {
    const before = map.documents.map((d) => d.slug);
    buildListing(map, 'news', 'en', urls, (a, b) => b.slug.localeCompare(a.slug));
    expect(map.documents.map((d) => d.slug)).toEqual(before);
  });
});

describe('byDateDesc', () => {
  const docsOf = (...files: ReturnType<typeof entry>[]) => [...buildTranslationMap(files, { today: fixtureToday }).documents];

  it('puts the newest original first', () => {
    const docs = docsOf(
      entry('news', 'en', 'old', { pubDate: new Date('2024-01-01') }),
      entry('news', 'en', 'new', { pubDate: new Date('2025-06-01') }),
      entry('news', 'en', 'mid', { pubDate: new Date('2025-01-01') }),
    );
    expect(docs.sort(byDateDesc).map((d) => d.slug)).toEqual(['new', 'mid', 'old']);
  });

  it('orders documents with the same date by slug', () => {
    const same = new Date('2025-02-13');
    const docs = docsOf(
      entry('news', 'en', 'charlie', { pubDate: same }),
      entry('news', 'en', 'alpha', { pubDate: same }),
      entry('news', 'en', 'bravo', { pubDate: same }),
    );
    expect(docs.sort(byDateDesc).map((d) => d.slug)).toEqual(['alpha', 'bravo', 'charlie']);
  });

  it('dates a document by its original, not by a translation', () => {
    const docs = docsOf(
      entry('news', 'en', 'a', { pubDate: new Date('2024-01-01') }),
      entry('news', 'uk', 'a', { pubDate: new Date('2030-01-01') }),
      entry('news', 'en', 'b', { pubDate: new Date('2025-01-01') }),
    );
    expect(docs.sort(byDateDesc).map((d) => d.slug)).toEqual(['b', 'a']);
  });

  it('puts documents without a date last', () => {
    const docs = docsOf(entry('news', 'en', 'undated'), entry('news', 'en', 'dated', { pubDate: new Date('2020-01-01') }));
    expect(docs.sort(byDateDesc).map((d) => d.slug)).toEqual(['dated', 'undated']);
  });
});
