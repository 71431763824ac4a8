import { describe, it, expect } from 'vitest';
import { bodyWeights, findableMetaKeys, searchRanking } from '../../../src/lib/search/ranking';
import { collectionNames, listedCollections } from '../../../src/lib/content/collections';

describe('the search ranking options', () => {
  it("stay within the bounds Pagefind accepts, so none is silently clamped", () => {
    // Pagefind 1.6: termFrequency and pageLength 0–1, meta weights ≥ 0 (docs/content/docs/ranking.md).
    expect(searchRanking.termFrequency).toBeGreaterThanOrEqual(0);
    expect(searchRanking.termFrequency).toBeLessThanOrEqual(1);
    expect(searchRanking.pageLength).toBeGreaterThanOrEqual(0);
    expect(searchRanking.pageLength).toBeLessThanOrEqual(1);
    for (const weight of Object.values(searchRanking.metaWeights)) expect(weight).toBeGreaterThanOrEqual(0);
  });

  it('give every searchable metadata field the templates write a weight of its own, and keep the title strongest', () => {
    const weights: Record<string, number> = searchRanking.metaWeights;
    for (const key of Object.values(findableMetaKeys)) expect(weights[key], key).toBeTypeOf('number');
    for (const key of Object.values(findableMetaKeys)) expect(weights.title).toBeGreaterThan(weights[key]!);
  });
});

describe('the text weight of each collection', () => {
  it('is set for every collection, within the 0–10 Pagefind reads from data-pagefind-weight', () => {
    expect(Object.keys(bodyWeights).sort()).toEqual([...collectionNames].sort());
    for (const weight of Object.values(bodyWeights)) {
      expect(weight).toBeGreaterThan(0);
      expect(weight).toBeLessThanOrEqual(10);
    }
  });

  it("makes a standalone page's text count less than the text of any guide, study, news item or partner profile", () => {
    for (const collection of listedCollections) expect(bodyWeights.pages).toBeLessThan(bodyWeights[collection]);
  });
});
