import { describe, it, expect } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { buildTranslationMap, isDraftVersion, resolveAllLocales, type TranslatedDocument } from '../../../src/lib/content/translation-map';
import { entry, type FixtureEntry, fixtureToday } from '../../helpers/entries';

const pubDate = new Date('2025-02-13');

function only<E extends FixtureEntry>(docs: readonly TranslatedDocument<E>[]): TranslatedDocument<E> {
  expect(docs).toHaveLength(1);
  return docs[0]!;
}

describe('buildTranslationMap', () => {
  it('groups the locales of one collection and slug into one document', () => {
    const en = entry('news', 'en', 'kickoff', { pubDate });
    const uk = entry('news', 'uk', 'kickoff');
    const map = buildTranslationMap([en, uk], { today: fixtureToday });
    const doc = only(map.documents);
    expect(doc).toMatchObject({ collection: 'news', slug: 'kickoff', sourceLocale: 'en', source: en });
    expect(doc.versions.get('en')).toBe(en);
    expect(doc.versions.get('uk')).toBe(uk);
    expect(map.get('news', 'kickoff')).toBe(doc);
    expect(map.skipped).toEqual([]);
    expect(map.problems).toEqual([]);
  });

  it('lists the locales of a document in registry order, whatever the file order', () => {
    const map = buildTranslationMap([
      entry('guides', 'bg', 'gdpr'),
      entry('guides', 'es', 'gdpr'),
      entry('guides', 'en', 'gdpr'),
      entry('guides', 'uk', 'gdpr'),
    ], { today: fixtureToday });
    expect(map.get('guides', 'gdpr')?.locales).toEqual(['en', 'uk', 'es', 'bg']);
  });

  it('returns undefined for a document that does not exist', () => {
    const map = buildTranslationMap([entry('news', 'en', 'kickoff')], { today: fixtureToday });
    expect(map.get('news', 'missing')).toBeUndefined();
    expect(map.get('guides', 'kickoff')).toBeUndefined();
  });

  it('keeps the same slug in two collections as two documents', () => {
    const news = entry('news', 'en', 'kickoff');
    const guide = entry('guides', 'en', 'kickoff');
    const map = buildTranslationMap([news, guide], { today: fixtureToday });
    expect(map.documents).toHaveLength(2);
    expect(map.get('news', 'kickoff')?.source).toBe(news);
    expect(map.get('guides', 'kickoff')?.source).toBe(guide);
  });

  it('skips a draft translation with reason "draft" and keeps the rest of the document', () => {
    const map = buildTranslationMap([entry('news', 'en', 'kickoff'), entry('news', 'ro', 'kickoff', { draft: true })], { today: fixtureToday });
    expect(map.get('news', 'kickoff')?.locales).toEqual(['en']);
    expect(map.skipped).toEqual([{ file: 'content/news/ro/kickoff.md', locale: 'ro', check: 'draft', message: 'draft, not published.' }]);
  });

  it('skips a Ukrainian file without an English original as an orphan, naming the file and the original', () => {
    const map = buildTranslationMap([entry('news', 'uk', 'kickoff')], { today: fixtureToday });
    expect(map.documents).toEqual([]);
    expect(map.get('news', 'kickoff')).toBeUndefined();
    expect(map.skipped).toHaveLength(1);
    const [skipped] = map.skipped;
    expect(skipped).toMatchObject({ file: 'content/news/uk/kickoff.md', locale: 'uk', check: 'orphan' });
    expect(skipped!.message).toMatch(/^not published because its original \(news\/en\/kickoff\) does not exist\./);
    expect(skipped!.message).toMatch(/set sourceLocale to the language this text was written in/);
  });

  it('turns the translations of a draft original into orphans', () => {
    const map = buildTranslationMap([
      entry('guides', 'en', 'gdpr', { draft: true }),
      entry('guides', 'uk', 'gdpr'),
      entry('guides', 'bg', 'gdpr'),
    ], { today: fixtureToday });
    expect(map.documents).toEqual([]);
    expect(map.skipped.map((s) => [s.file, s.check])).toEqual([
      ['content/guides/en/gdpr.md', 'draft'],
      ['content/guides/uk/gdpr.md', 'orphan'],
      ['content/guides/bg/gdpr.md', 'orphan'],
    ]);
    expect(map.skipped[1]!.message).toMatch(/its original \(guides\/en\/gdpr\) is a draft\./);
  });

  it('publishes drafts and the translations of a draft original in the preview, each marked as a draft', () => {
    const entries = [entry('guides', 'en', 'gdpr', { draft: true }), entry('guides', 'uk', 'gdpr'), entry('guides', 'bg', 'gdpr', { draft: true })];
    const map = buildTranslationMap(entries, { today: fixtureToday, includeDrafts: true });
    const doc = only(map.documents);
    expect(doc.locales).toEqual(['en', 'uk', 'bg']);
    expect(map.skipped).toEqual([]);
    expect(resolveAllLocales(doc).map((v) => [v.locale, isDraftVersion(doc, v)])).toEqual([
      ['en', true], ['uk', true], ['ro', true], ['es', true], ['bg', true],
    ]);
  });

  it('marks only the draft translation when the original is published, in the preview', () => {
    const entries = [entry('news', 'en', 'kickoff'), entry('news', 'ro', 'kickoff', { draft: true })];
    const doc = only(buildTranslationMap(entries, { today: fixtureToday, includeDrafts: true }).documents);
    expect(resolveAllLocales(doc).filter((v) => isDraftVersion(doc, v)).map((v) => v.locale)).toEqual(['ro']);
  });

  it('never publishes a draft without includeDrafts, so a build has no draft version at all', () => {
    const entries = [entry('news', 'en', 'kickoff'), entry('news', 'ro', 'kickoff', { draft: true })];
    const doc = only(buildTranslationMap(entries, { today: fixtureToday }).documents);
    expect(doc.locales).toEqual(['en']);
    expect(resolveAllLocales(doc).some((v) => isDraftVersion(doc, v))).toBe(false);
  });

  it('falls back to <collection>/<id> as the file name when an entry has no file path', () => {
    const { filePath: _ignored, ...withoutPath } = entry('news', 'uk', 'kickoff');
    const map = buildTranslationMap([withoutPath], { today: fixtureToday });
    expect(map.skipped[0]?.file).toBe('news/uk/kickoff');
  });

  it('makes Ukrainian the original when every file says sourceLocale: uk, and English optional', () => {
    const uk = entry('studies', 'uk', 'it-market', { sourceLocale: 'uk' });
    const ro = entry('studies', 'ro', 'it-market', { sourceLocale: 'uk' });
    const map = buildTranslationMap([uk, ro], { today: fixtureToday });
    const doc = only(map.documents);
    expect(doc.sourceLocale).toBe('uk');
    expect(doc.source).toBe(uk);
    expect(doc.locales).toEqual(['uk', 'ro']);
    expect(map.skipped).toEqual([]);
  });

  it('treats the English file as a translation of a Ukrainian original', () => {
    const en = entry('studies', 'en', 'it-market', { sourceLocale: 'uk' });
    const uk = entry('studies', 'uk', 'it-market', { sourceLocale: 'uk' });
    const doc = only(buildTranslationMap([en, uk], { today: fixtureToday }).documents);
    expect(doc.source).toBe(uk);
    expect(doc.locales).toEqual(['en', 'uk']);
  });

  it('leaves out a document whose files disagree on sourceLocale, and reports it naming both files', () => {
    const map = buildTranslationMap([
      entry('studies', 'en', 'it-market', { sourceLocale: 'en' }),
      entry('studies', 'uk', 'it-market', { sourceLocale: 'uk' }),
      entry('news', 'en', 'kickoff'),
    ], { today: fixtureToday });
    expect(map.documents.map((d) => d.slug)).toEqual(['kickoff']);
    expect(map.problems).toEqual([
      {
        file: 'content/studies/en/it-market.md, content/studies/uk/it-market.md',
        locale: 'en',
        check: 'source-locale',
        message:
          'field "sourceLocale" disagrees (en vs uk). Every translation of a document must name the same original language, or leave the field out.',
      },
    ]);
  });

  it('reports a sourceLocale that is not a site locale', () => {
    const map = buildTranslationMap([entry('news', 'uk', 'kickoff', { sourceLocale: 'ua' as Locale })], { today: fixtureToday });
    expect(map.documents).toEqual([]);
    expect(map.problems).toMatchObject([{ file: 'content/news/uk/kickoff.md', message: 'unknown sourceLocale "ua".' }]);
  });

  it('throws for an entry id that is not <locale>/<slug>', () => {
    expect(() => buildTranslationMap([{ ...entry('news', 'en', 'kickoff'), id: 'ua/kickoff' }], { today: fixtureToday })).toThrow(
      /Malformed entry id "ua\/kickoff"/,
    );
  });
});

describe('buildTranslationMap with scheduled documents', () => {
  const today = '2030-06-14';
  const later = new Date('2030-06-15');

  it('holds back an original dated after today, with every translation, until the day itself', () => {
    const files = [
      entry('news', 'en', 'launch', { pubDate: later }),
      entry('news', 'uk', 'launch'),
      entry('news', 'bg', 'launch'),
      entry('news', 'en', 'kickoff', { pubDate }),
    ];
    const before = buildTranslationMap(files, { today });
    expect(before.documents.map((d) => d.slug)).toEqual(['kickoff']);
    expect(before.get('news', 'launch')).toBeUndefined();
    expect(before.skipped.map((s) => [s.file, s.check, s.publishOn])).toEqual([
      ['content/news/en/launch.md', 'scheduled', '2030-06-15'],
      ['content/news/uk/launch.md', 'scheduled', '2030-06-15'],
      ['content/news/bg/launch.md', 'scheduled', '2030-06-15'],
    ]);
    expect(before.skipped[0]!.message).toBe('scheduled for 2030-06-15, so not published yet: the first build on or after that day publishes it.');
    expect(before.skipped[1]!.message).toBe(
      'scheduled with its original (news/en/launch) for 2030-06-15, so not published yet: the first build on or after that day publishes it.',
    );
    // What a build on the day would publish, kept for the site rules.
    expect(before.scheduled).toMatchObject([{ slug: 'launch', publishOn: '2030-06-15', locales: ['en', 'uk', 'bg'] }]);

    const onTheDay = buildTranslationMap(files, { today: '2030-06-15' });
    expect(onTheDay.get('news', 'launch')?.locales).toEqual(['en', 'uk', 'bg']);
    expect(onTheDay.skipped).toEqual([]);
    expect(onTheDay.scheduled).toEqual([]);
  });

  it('compares calendar days: a pubDate of today is published, whatever the hour the build runs', () => {
    // Frontmatter dates are UTC midnight; today is a day, never an instant.
    const map = buildTranslationMap([entry('guides', 'en', 'g', { pubDate: new Date('2030-06-14T00:00:00Z') })], { today });
    expect(map.documents.map((d) => d.slug)).toEqual(['g']);
  });

  it('holds back a Ukrainian original’s English translation with it, by the Ukrainian file’s date', () => {
    const map = buildTranslationMap(
      [entry('studies', 'uk', 'it-market', { sourceLocale: 'uk', pubDate: later }), entry('studies', 'en', 'it-market', { sourceLocale: 'uk' })],
      { today },
    );
    expect(map.documents).toEqual([]);
    expect(map.skipped.map((s) => [s.file, s.check])).toEqual([
      ['content/studies/en/it-market.md', 'scheduled'],
      ['content/studies/uk/it-market.md', 'scheduled'],
    ]);
    expect(map.skipped[0]!.message).toMatch(/^scheduled with its original \(studies\/uk\/it-market\) for 2030-06-15/);
  });

  it('reports a draft as a draft, not as scheduled, and a draft translation of a scheduled original as a draft', () => {
    const draftOriginal = buildTranslationMap([entry('news', 'en', 'n', { pubDate: later, draft: true }), entry('news', 'uk', 'n')], { today });
    expect(draftOriginal.skipped.map((s) => s.check)).toEqual(['draft', 'orphan']);
    expect(draftOriginal.scheduled).toEqual([]);
    const draftTranslation = buildTranslationMap([entry('news', 'en', 'n', { pubDate: later }), entry('news', 'uk', 'n', { draft: true })], { today });
    expect(draftTranslation.skipped.map((s) => [s.locale, s.check])).toEqual([['en', 'scheduled'], ['uk', 'draft']]);
    expect(draftTranslation.scheduled[0]?.locales).toEqual(['en']);
  });

  it('ignores a pubDate a translation repeats (the original’s date decides; the site rules report the repetition)', () => {
    const map = buildTranslationMap([entry('news', 'en', 'n', { pubDate }), entry('news', 'uk', 'n', { pubDate: later })], { today });
    expect(map.get('news', 'n')?.locales).toEqual(['en', 'uk']);
  });

  it('publishes undated documents (pages, partner profiles) whatever the day', () => {
    const map = buildTranslationMap([entry('pages', 'en', 'about'), entry('partners', 'en', 'alpha-cluster')], { today: '1999-01-01' });
    expect(map.documents).toHaveLength(2);
  });

  it('refuses a today that is not a YYYY-MM-DD day', () => {
    expect(() => buildTranslationMap([entry('news', 'en', 'n', { pubDate })], { today: '14/06/2030' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('resolveAllLocales', () => {
  const en = entry('guides', 'en', 'gdpr', { pubDate });
  const uk = entry('guides', 'uk', 'gdpr');
  const doc = buildTranslationMap([en, uk], { today: fixtureToday }).get('guides', 'gdpr')!;
  const versions = resolveAllLocales(doc);

  it('gives one version per site locale, in registry order', () => {
    expect(versions.map((v) => v.locale)).toEqual(['en', 'uk', 'ro', 'es', 'bg']);
  });

  it('uses the translation where one exists', () => {
    expect(versions.find((v) => v.locale === 'uk')).toEqual({ locale: 'uk', entry: uk, contentLocale: 'uk', isFallback: false });
    expect(versions.find((v) => v.locale === 'en')).toEqual({ locale: 'en', entry: en, contentLocale: 'en', isFallback: false });
  });

  it('falls back to English when the Bulgarian guide is missing', () => {
    expect(versions.find((v) => v.locale === 'bg')).toEqual({ locale: 'bg', entry: en, contentLocale: 'en', isFallback: true });
  });

  it('marks exactly the missing locales as fallbacks', () => {
    expect(versions.filter((v) => v.isFallback).map((v) => v.locale)).toEqual(['ro', 'es', 'bg']);
  });

  it('falls back to a Ukrainian original in its own language', () => {
    const ukOriginal = buildTranslationMap([entry('studies', 'uk', 'it-market', { sourceLocale: 'uk' })], { today: fixtureToday }).documents[0]!;
    const english = resolveAllLocales(ukOriginal).find((v) => v.locale === 'en')!;
    expect(english.isFallback).toBe(true);
    expect(english.contentLocale).toBe('uk');
    expect(english.entry).toBe(ukOriginal.source);
  });
});
