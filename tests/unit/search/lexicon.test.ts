import { describe, expect, it } from 'vitest';
import { chunkFileStem, chunkKey, chunkVocabulary, collectWords, editDistance, findCorrection, isIndexed, surfacePrefix, type WordSource } from '../../../src/lib/search/lexicon';
import { confusionFold, pagefindFold, splitWords } from '../../../src/lib/search/fold';

/** A vocabulary from plain texts, as the build makes it. */
export function sourceOf(...texts: string[]): WordSource {
  const chunks = chunkVocabulary(collectWords(texts));
  return { chunk: (key) => chunks.get(key) };
}

describe('folding and words', () => {
  it('folds as Pagefind compares: case, diacritics, apostrophes', () => {
    expect(pagefindFold('Întâlniri')).toBe('intalniri');
    expect(pagefindFold('Járkov')).toBe('jarkov');
    expect(pagefindFold('об’єднує')).toBe(pagefindFold("об'єднує"));
    expect(pagefindFold('Київ')).toBe('киів');
  });
  it('folds the letters readers confuse only for corrections', () => {
    expect(confusionFold('іноземних')).toBe(confusionFold('иноземних'));
    expect(confusionFold('Європа')).toBe(confusionFold('Европа'));
    expect(pagefindFold('іноземних')).not.toBe(pagefindFold('иноземних'));
  });
  it('splits words like Pagefind, keeping hyphens and apostrophes inside a word', () => {
    expect(splitWords('Kick-off in Cluj-Napoca, 2025! [link](https://x.eu) об’єднує')).toEqual(['Kick-off', 'in', 'Cluj-Napoca', '2025', 'link', 'https', 'x', 'eu', 'об’єднує']);
  });
});

describe('vocabulary', () => {
  it('counts documents per word, lower case, without short words and numbers', () => {
    const counts = collectWords(['Cluster news: cluster', 'The CLUSTER, 2025, in EU']);
    expect(counts.get('cluster')).toBe(2);
    expect(counts.has('in')).toBe(false);
    expect(counts.has('2025')).toBe(false);
    expect(counts.get('the')).toBe(1);
  });
  it('chunks by folded first letter, most frequent first, and names files in ASCII', () => {
    const chunks = chunkVocabulary(new Map([['іноземних', 1], ['инвестиції', 3], ['clúster', 1], ['cluster', 2]]));
    expect(chunks.get('c')).toEqual(['cluster', 'clúster']);
    expect(chunks.get(chunkKey('іноземних'))).toEqual(['инвестиції', 'іноземних']);
    expect(chunkFileStem('и')).toBe('438');
  });
});

describe('isIndexed', () => {
  const en = sourceOf('The entry guide for organisers of matchmaking events in Kharkiv');
  it('is true for a word or the beginning of one, false for a word no page has', () => {
    expect(isIndexed('matchmaking', 'en', en)).toBe(true);
    expect(isIndexed('match', 'en', en)).toBe(true);
    expect(isIndexed('kharkov', 'en', en)).toBe(false);
    expect(isIndexed('xyzzy', 'en', en)).toBe(false);
  });
  it('accepts an indexed stem plus an ending the stemmer strips, in stemmed languages only', () => {
    expect(isIndexed('organising', 'en', en)).toBe(true);
    expect(isIndexed('organisng', 'en', en)).toBe(false);
    const uk = sourceOf('організатори подій');
    expect(isIndexed('організування', 'uk', uk)).toBe(false);
  });
  it('passes short words and words with digits as typed', () => {
    expect(isIndexed('eu', 'en', en)).toBe(true);
    expect(isIndexed('b2b', 'en', en)).toBe(true);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit and gives up past the limit', () => {
    expect(editDistance('marketign', 'marketing', 2).distance).toBe(1);
    expect(editDistance('market', 'marketing', 2).distance).toBe(Infinity);
    expect(editDistance('abc', 'xyz', 1).distance).toBe(Infinity);
  });
  it('compares with the closest beginning in prefix mode', () => {
    expect(editDistance('кластир', 'кластерів', 1, true)).toEqual({ distance: 1, length: 7 });
  });
  it('finds the surface beginning of a folded length', () => {
    expect(surfacePrefix('об’єднує', 3)).toBe('об’є');
  });
});

describe('findCorrection', () => {
  it('corrects a swapped, missing or wrong letter to the indexed word', () => {
    const en = sourceOf('marketing Kharkiv processing agreement agreement');
    expect(findCorrection('marketign', 'en', en)?.form).toBe('marketing');
    expect(findCorrection('kharkov', 'en', en)?.form).toBe('kharkiv');
    expect(findCorrection('agrement', 'en', en)?.form).toBe('agreement');
  });
  it('allows two edits only for words of eight letters or more', () => {
    const en = sourceOf('processing contract');
    expect(findCorrection('procesing', 'en', en)?.form).toBe('processing');
    expect(findCorrection('prcesing', 'en', en)?.form).toBe('processing');
    expect(findCorrection('cnotrct', 'en', en)).toBeUndefined();
    expect(findCorrection('contrcat', 'en', en)?.form).toBe('contract');
  });
  it('treats a Russian и for the Ukrainian і as a confusion, and returns the stem beginning', () => {
    const uk = sourceOf('іноземних ринків');
    expect(findCorrection('иноземн', 'uk', uk)).toEqual({ form: 'іноземн', distance: 0 });
  });
  it('accepts a missing Spanish accent or Romanian comma', () => {
    const es = sourceOf('protección');
    expect(isIndexed('proteccion', 'es', es)).toBe(true);
  });
  it('never corrects to or from a word shorter than three letters', () => {
    const en = sourceOf('an EU of it');
    expect(findCorrection('ue', 'en', en)).toBeUndefined();
    expect(findCorrection('itt', 'en', en)).toBeUndefined();
  });
  it('prefers the more frequent of two equally close words', () => {
    const en = sourceOf('cluster', 'cluster', 'muster');
    expect(findCorrection('clsuter', 'en', en)?.form).toBe('cluster');
  });
});

describe('findCorrection between a word and a beginning', () => {
  it('prefers a whole word to the beginning of a longer one at the same distance', () => {
    const bg = sourceOf('дадени дадени дадени ДДС');
    expect(findCorrection('дсд', 'bg', bg)?.form).toBe('ддс');
  });
});
