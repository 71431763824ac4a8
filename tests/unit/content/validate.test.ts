import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { findContentProblems, findContentWarnings, findNeutralFieldProblems, findPartnerProblems } from '../../../src/lib/content/validate';
import { formatProblem } from '../../../src/lib/content/problems';
import { entry, fixtureToday } from '../../helpers/entries';

const pubDate = new Date('2025-02-13');
const partner = (id: string) => ({ id, collection: 'organisations' as const });
const onlyDoc = (...entries: ReturnType<typeof entry>[]) => buildTranslationMap(entries, { today: fixtureToday }).documents[0]!;
const lines = (problems: { file: string; line?: number; check: string; message: string }[]) => problems.map((p) => formatProblem(p));

describe('findNeutralFieldProblems', () => {
  it('passes when the original holds the neutral fields and translations do not repeat them', () => {
    expect(findNeutralFieldProblems(onlyDoc(entry('news', 'en', 'kickoff', { pubDate, topics: ['networking'] }), entry('news', 'uk', 'kickoff')))).toEqual([]);
  });

  it('reports an original without pubDate or topics, naming the file, the field and an example', () => {
    expect(lines(findNeutralFieldProblems(onlyDoc(entry('news', 'en', 'kickoff'), entry('news', 'uk', 'kickoff'))))).toEqual([
      'content/news/en/kickoff.md: field "pubDate" is required in the original-language file. Add it to the frontmatter, e.g. pubDate: 2025-02-13.',
      'content/news/en/kickoff.md: field "topics" is required in the original-language file. Add it to the frontmatter, e.g. topics: [market-entry].',
    ]);
  });

  it('requires a status of studies only', () => {
    expect(findNeutralFieldProblems(onlyDoc(entry('studies', 'en', 's', { pubDate, topics: ['training'] }))).map((p) => p.message)).toEqual([
      'field "status" is required in the original-language file. Add it to the frontmatter, e.g. status: planned.',
    ]);
  });

  it('reports a translation that repeats a neutral field, naming the translation, the field and the original', () => {
    const problems = findNeutralFieldProblems(
      onlyDoc(entry('news', 'en', 'kickoff', { pubDate, topics: ['networking'] }), entry('news', 'ro', 'kickoff', { topics: ['networking'] })),
    );
    expect(problems).toMatchObject([{ file: 'content/news/ro/kickoff.md', locale: 'ro', check: 'neutral-fields' }]);
    expect(problems[0]!.message).toBe(
      'field "topics" is language-neutral and is written once, in content/news/en/kickoff.md. Delete it from this translation; it inherits the original\'s value.',
    );
  });

  it('checks translations against a non-English original too', () => {
    const doc = onlyDoc(
      entry('studies', 'uk', 'it-market', { sourceLocale: 'uk', pubDate, topics: ['training'], status: 'planned' }),
      entry('studies', 'en', 'it-market', { sourceLocale: 'uk', pubDate }),
    );
    expect(lines(findNeutralFieldProblems(doc))).toEqual([
      expect.stringMatching(/^content\/studies\/en\/it-market\.md: field "pubDate" is language-neutral and is written once, in content\/studies\/uk\/it-market\.md\./),
    ]);
  });

  it('ignores neutral fields on unpublished (draft) translations', () => {
    expect(findNeutralFieldProblems(onlyDoc(entry('news', 'en', 'kickoff', { pubDate, topics: ['networking'] }), entry('news', 'bg', 'kickoff', { draft: true, pubDate })))).toEqual([]);
  });

  it('lets every translation of a standalone page carry its own updatedDate', () => {
    expect(findNeutralFieldProblems(onlyDoc(entry('pages', 'en', 'privacy', { updatedDate: pubDate }), entry('pages', 'uk', 'privacy', { updatedDate: pubDate })))).toEqual([]);
  });
});

describe('findPartnerProblems', () => {
  it('reports a partner reference that is not in organisations.yaml, listing the ids', () => {
    const doc = onlyDoc(entry('news', 'en', 'kickoff', { partners: [partner('alpha-cluster'), partner('beta-cluster')] }));
    expect(lines(findPartnerProblems(doc, ['alpha-cluster']))).toEqual([
      'content/news/en/kickoff.md: field "partners" names "beta-cluster", which is not a partner id. Allowed: alpha-cluster.',
    ]);
  });

  it('reports a partner profile named after no partner', () => {
    expect(findPartnerProblems(onlyDoc(entry('partners', 'en', 'gamma-cluster')), ['alpha-cluster'])[0]!.message).toBe(
      'there is no partner "gamma-cluster" in content/partners/organisations.yaml. Name the file after a partner id (alpha-cluster) or add the partner there first.',
    );
  });
});

describe('findContentProblems', () => {
  it('lists the map’s own problems and the site rules of every document, all at once', () => {
    const map = buildTranslationMap([
      entry('studies', 'en', 'a', { sourceLocale: 'en' }),
      entry('studies', 'uk', 'a', { sourceLocale: 'uk' }),
      entry('guides', 'en', 'g', { topics: ['training'] }),
      entry('partners', 'en', 'gamma-cluster'),
    ], { today: fixtureToday });
    expect(findContentProblems(map, ['alpha-cluster']).map((p) => p.check)).toEqual(['source-locale', 'neutral-fields', 'partners']);
  });

  it('checks scheduled documents too, so that the build on their day cannot fail', () => {
    const map = buildTranslationMap([
      entry('news', 'en', 'later', { pubDate: new Date('2099-01-01'), topics: ['networking'], partners: [partner('beta-cluster')] }),
      entry('news', 'uk', 'later', { topics: ['networking'] }),
    ], { today: fixtureToday });
    expect(map.documents).toEqual([]);
    expect(lines(findContentProblems(map, ['alpha-cluster']))).toEqual([
      'content/news/uk/later.md: field "topics" is language-neutral and is written once, in content/news/en/later.md. Delete it from this translation; it inherits the original\'s value.',
      'content/news/en/later.md: field "partners" names "beta-cluster", which is not a partner id. Allowed: alpha-cluster.',
    ]);
  });

  it('finds nothing in good content', () => {
    const map = buildTranslationMap([entry('news', 'en', 'kickoff', { pubDate, topics: ['networking'], partners: [partner('alpha-cluster')] })], { today: fixtureToday });
    expect(findContentProblems(map, ['alpha-cluster'])).toEqual([]);
  });
});

describe('findContentWarnings', () => {
  it('does not warn of a document dated in the future: it is scheduled, not published', () => {
    const map = buildTranslationMap([
      entry('news', 'en', 'later', { pubDate: new Date('2099-01-01'), topics: ['training'] }),
      entry('news', 'en', 'today', { pubDate: new Date('2026-01-01'), topics: ['training'] }),
    ], { today: '2026-01-01' });
    expect(findContentWarnings(map, () => 'Some text.')).toEqual([]);
    expect(map.scheduled.map((d) => d.slug)).toEqual(['later']);
  });

  it('warns of a scheduled page with no text now, not on the day it appears', () => {
    const map = buildTranslationMap([{ ...entry('news', 'en', 'later', { pubDate: new Date('2099-01-01'), topics: ['training'] }), body: '' }], { today: fixtureToday });
    expect(findContentWarnings(map, (e) => e.body ?? '')).toMatchObject([{ file: 'content/news/en/later.md', check: 'empty' }]);
  });

  it('warns of a published page with no text, in each language that has one', () => {
    const map = buildTranslationMap([
      { ...entry('guides', 'en', 'g', { pubDate: new Date('2025-01-01'), topics: ['training'] }), body: '## Heading\n\nText.' },
      { ...entry('guides', 'uk', 'g'), body: '\n  \n' },
    ], { today: fixtureToday });
    const warnings = findContentWarnings(map, (e) => e.body ?? '');
    expect(warnings).toMatchObject([{ file: 'content/guides/uk/g.md', locale: 'uk', check: 'empty' }]);
    expect(warnings[0]!.message).toBe('has no text below the frontmatter: the page is published empty. Write the text, or set draft: true.');
  });
});
