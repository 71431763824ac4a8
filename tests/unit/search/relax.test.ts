import { describe, expect, it } from 'vitest';
import { relaxedSearch, type Hit, type SearchOutcome } from '../../../src/lib/search/relax';

/** A fake index: page id → its words; a search returns pages with every word, score = words matched. */
function indexOf(pages: Record<string, string[]>, filters: Record<string, string> = {}) {
  const calls: string[][] = [];
  const search = async (kept: readonly string[]): Promise<SearchOutcome<Hit>> => {
    calls.push([...kept]);
    const results = Object.entries(pages)
      .filter(([, words]) => kept.every((w) => words.includes(w)))
      .map(([id, words]) => ({ id, score: words.length }));
    const counts: Record<string, number> = {};
    for (const r of results) if (filters[r.id]) counts[filters[r.id]!] = (counts[filters[r.id]!] ?? 0) + 1;
    return { results, filters: { type: counts } };
  };
  return { search, calls };
}

describe('relaxedSearch', () => {
  it('puts pages with every word first, then pages lacking one word, with the word they lack', async () => {
    const { search } = indexOf({ guide: ['eu', 'market', 'entry'], news: ['eu', 'market', 'entering'], other: ['entering'] });
    const { hits, complete } = await relaxedSearch(['eu', 'market', 'entering'], search);
    expect(complete).toBe(1);
    expect(hits.map((h) => [h.hit.id, h.missing])).toEqual([
      ['news', []],
      ['guide', [2]],
    ]);
  });
  it('finds results when no page has every word, and leaves two words out only then', async () => {
    const { search, calls } = indexOf({ a: ['x', 'y'], b: ['z'] });
    const { hits, complete } = await relaxedSearch(['x', 'y', 'z'], search);
    expect(complete).toBe(0);
    // b lacks two words: not shown while a page lacking one exists.
    expect(hits.map((h) => h.hit.id)).toEqual(['a']);
    expect(hits.find((h) => h.hit.id === 'a')!.missing).toEqual([2]);
    expect(calls.length).toBe(4);
    const none = indexOf({ a: ['x'], b: ['y'], c: ['z'] });
    const relaxed = await relaxedSearch(['x', 'y', 'z'], none.search);
    expect(relaxed.hits.map((h) => h.missing.length)).toEqual([2, 2, 2]);
    expect(none.calls.length).toBe(1 + 3 + 3);
  });
  it('runs one search for a one-word query', async () => {
    const { search, calls } = indexOf({ a: ['x'] });
    expect((await relaxedSearch(['q'], search)).hits).toEqual([]);
    expect(calls).toEqual([['q']]);
  });
  it('counts each shown page once in the filter counts', async () => {
    const { search } = indexOf({ g: ['a', 'b'], n1: ['a'], n2: ['b'] }, { g: 'Guide', n1: 'News', n2: 'News' });
    const { filters } = await relaxedSearch(['a', 'b'], search);
    expect(filters).toEqual({ type: { Guide: 1, News: 2 } });
  });
  it('ranks the relaxed pages by score', async () => {
    const { search } = indexOf({ long: ['a', 'c', 'd', 'e'], short: ['b'] });
    const { hits } = await relaxedSearch(['a', 'b'], search);
    expect(hits.map((h) => h.hit.id)).toEqual(['long', 'short']);
  });
});

describe('relaxedSearch shows the complete matches first', () => {
  it('hands the pages with every word to onComplete before the relaxed searches run', async () => {
    const { search, calls } = indexOf({ a: ['x', 'y'], b: ['x'] });
    const seen: { ids: string[]; callsSoFar: number }[] = [];
    const result = await relaxedSearch(['x', 'y'], search, {
      onComplete: (complete) => void seen.push({ ids: complete.hits.map((h) => h.hit.id), callsSoFar: calls.length }),
    });
    expect(seen).toEqual([{ ids: ['a'], callsSoFar: 1 }]);
    expect(result.hits.map((h) => h.hit.id)).toEqual(['a', 'b']);
  });
});
