import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { findRelated } from '../../../src/lib/page-data/related';
import { buildTopicIndex } from '../../../src/lib/content/indexes';
import { entry, type FixtureEntry, fixtureToday } from '../../helpers/entries';
import type { CollectionName } from '../../../src/lib/content/collections';
import type { Topic } from '../../../src/lib/content/taxonomy';

const doc = (collection: CollectionName, slug: string, pubDate: string | undefined, topics?: Topic[]) =>
  entry(collection, 'en', slug, { ...(pubDate ? { pubDate: new Date(pubDate) } : {}), ...(topics ? { topics } : {}) });

function setup(entries: FixtureEntry[]) {
  const map = buildTranslationMap(entries, { today: fixtureToday });
  const index = buildTopicIndex(map.documents);
  const get = (collection: CollectionName, slug: string) => {
    const d = map.get(collection, slug);
    if (!d) throw new Error(`fixture ${collection}/${slug} missing`);
    return d;
  };
  return { map, index, get };
}

const slugs = (docs: readonly { slug: string }[]) => docs.map((d) => d.slug);

describe('buildTopicIndex', () => {
  it('lists every document under each topic it names', () => {
    const { index } = setup([
      doc('guides', 'a', '2025-03-01', ['training', 'networking']),
      doc('news', 'b', '2025-03-02', ['training']),
      doc('news', 'c', '2025-03-03'),
    ]);
    expect(slugs(index.get('training') ?? [])).toEqual(['a', 'b']);
    expect(slugs(index.get('networking') ?? [])).toEqual(['a']);
    expect([...index.keys()].sort()).toEqual(['networking', 'training']);
  });

  it('lists a document once under a topic it names twice', () => {
    const { index } = setup([doc('guides', 'a', '2025-03-01', ['training', 'training'])]);
    expect(index.get('training')).toHaveLength(1);
  });

  it('reads topics from the original file, so a translation does not add a second copy', () => {
    const { index } = setup([doc('guides', 'a', '2025-03-01', ['training']), { ...doc('guides', 'a', undefined), id: 'uk/a' }]);
    expect(index.get('training')).toHaveLength(1);
    expect(index.get('training')?.[0]?.locales).toEqual(['en', 'uk']);
  });
});

describe('findRelated', () => {
  it('ranks a document sharing two topics above one sharing a single topic, even if older', () => {
    const { index, get } = setup([
      doc('guides', 'self', '2025-03-01', ['training', 'networking', 'matchmaking']),
      doc('guides', 'one', '2025-06-01', ['training']),
      doc('guides', 'two', '2024-01-01', ['training', 'networking']),
    ]);
    expect(slugs(findRelated(get('guides', 'self'), index))).toEqual(['two', 'one']);
  });

  it('breaks ties by newest pubDate first, then by slug', () => {
    const { index, get } = setup([
      doc('guides', 'self', '2025-03-01', ['training']),
      doc('guides', 'older', '2025-01-01', ['training']),
      doc('guides', 'zeta', '2025-05-01', ['training']),
      doc('guides', 'alpha', '2025-05-01', ['training']),
    ]);
    expect(slugs(findRelated(get('guides', 'self'), index, { limit: 10 }))).toEqual(['alpha', 'zeta', 'older']);
  });

  it('puts undated documents after dated ones with the same number of shared topics', () => {
    const { index, get } = setup([
      doc('guides', 'self', '2025-03-01', ['training']),
      doc('guides', 'undated', undefined, ['training']),
      doc('guides', 'dated', '2020-01-01', ['training']),
    ]);
    expect(slugs(findRelated(get('guides', 'self'), index))).toEqual(['dated', 'undated']);
  });

  it('never includes the document itself', () => {
    const { index, get } = setup([doc('guides', 'self', '2025-03-01', ['training']), doc('guides', 'other', '2025-03-01', ['training'])]);
    const related = findRelated(get('guides', 'self'), index);
    expect(slugs(related)).toEqual(['other']);
    expect(related).not.toContain(get('guides', 'self'));
  });

  it('keeps a document with the same slug in another collection', () => {
    const { index, get } = setup([doc('guides', 'kickoff', '2025-03-01', ['training']), doc('news', 'kickoff', '2025-03-01', ['training'])]);
    expect(findRelated(get('guides', 'kickoff'), index)).toEqual([get('news', 'kickoff')]);
  });

  it('returns at most limit documents, three by default', () => {
    const { index, get } = setup([
      doc('guides', 'self', '2025-03-01', ['training']),
      ...['a', 'b', 'c', 'd', 'e'].map((s) => doc('guides', s, '2025-03-01', ['training'])),
    ]);
    expect(slugs(findRelated(get('guides', 'self'), index))).toEqual(['a', 'b', 'c']);
    expect(findRelated(get('guides', 'self'), index, { limit: 1 })).toHaveLength(1);
    expect(findRelated(get('guides', 'self'), index, { limit: 0 })).toEqual([]);
  });

  it('rejects a negative or fractional limit with a RangeError', () => {
    const { index, get } = setup([doc('guides', 'self', '2025-03-01', ['training'])]);
    expect(() => findRelated(get('guides', 'self'), index, { limit: -1 })).toThrow(RangeError);
    expect(() => findRelated(get('guides', 'self'), index, { limit: 1.5 })).toThrow(RangeError);
  });

  it('restricts results to the given collections', () => {
    const { index, get } = setup([
      doc('guides', 'self', '2025-03-01', ['training']),
      doc('news', 'n', '2025-09-01', ['training']),
      doc('studies', 's', '2025-08-01', ['training']),
      doc('guides', 'g', '2025-07-01', ['training']),
    ]);
    expect(slugs(findRelated(get('guides', 'self'), index, { collections: ['guides', 'studies'] }))).toEqual(['s', 'g']);
    expect(findRelated(get('guides', 'self'), index, { collections: [] })).toEqual([]);
  });

  it('returns nothing for a document without topics', () => {
    const { index, get } = setup([doc('guides', 'self', '2025-03-01'), doc('guides', 'other', '2025-03-01', ['training'])]);
    expect(findRelated(get('guides', 'self'), index)).toEqual([]);
  });

  it('returns nothing when no other document shares a topic', () => {
    const { index, get } = setup([doc('guides', 'self', '2025-03-01', ['training']), doc('guides', 'other', '2025-03-01', ['networking'])]);
    expect(findRelated(get('guides', 'self'), index)).toEqual([]);
  });
});
