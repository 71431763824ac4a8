import type { FacetCounts } from './facets';

/**
 * Query relaxation. Pagefind returns only pages that contain every word, so one word the right page
 * lacks ("entering" where the guide says "entry") hides it. This searches the full query and, for a
 * query of two words or more, the query without each word in turn; pages that contain all the words
 * come first, then pages that lack one word, each with the word it lacks. Only when neither finds
 * anything are two words left out. Pure over an injected search function, so it is unit-tested
 * without a browser.
 */

/** One Pagefind result as the relaxation needs it. */
export interface Hit {
  id: string;
  score: number;
}

/** What one search returns: its results in Pagefind's order, and its filter counts. */
export interface SearchOutcome<H extends Hit> {
  results: readonly H[];
  filters?: FacetCounts | undefined;
}

export interface RelaxedHit<H extends Hit> {
  hit: H;
  /** Indexes of the query words this page does not contain (empty: it contains them all). */
  missing: number[];
}

export interface RelaxedResult<H extends Hit> {
  hits: RelaxedHit<H>[];
  /** How many pages contain every word. */
  complete: number;
  /** Filter counts over every hit shown. */
  filters: FacetCounts;
}

/** Most searches one query may cost: the full query, one per word, and pairs left out for up to eight words. */
export const maxSearches = 1 + 8 + 28;

/** Every way to leave `k` of `n` words out, in order. */
function leaveOut(n: number, k: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push(chosen);
    for (let i = start; i < n; i++) walk(i + 1, [...chosen, i]);
  };
  walk(0, []);
  return out;
}

/** Adds (sign 1) or subtracts (sign -1) filter counts into `into`. */
function addCounts(into: FacetCounts, counts: FacetCounts | undefined, sign: 1 | -1) {
  for (const [key, values] of Object.entries(counts ?? {})) {
    const target = (into[key] ??= {});
    for (const [value, n] of Object.entries(values ?? {})) target[value] = Math.max(0, (target[value] ?? 0) + sign * n);
  }
}

/** Filter counts of several result sets added together (the local and the untranslated results). */
export function sumCounts(...parts: FacetCounts[]): FacetCounts {
  const total: FacetCounts = {};
  for (const part of parts) addCounts(total, part, 1);
  return total;
}

/**
 * Runs the full query and its relaxations through `search` (which receives the words to keep), and
 * merges them: complete matches in Pagefind's order, then pages lacking words, by score.
 * @example await relaxedSearch(['eu', 'market', 'entering'], run) // hits with missing [2] after the complete ones
 */
export async function relaxedSearch<H extends Hit>(
  words: readonly string[],
  search: (kept: readonly string[]) => Promise<SearchOutcome<H> | null>,
  { byScore = true, onComplete }: { byScore?: boolean; onComplete?: (complete: RelaxedResult<H>) => void | Promise<void> } = {},
): Promise<RelaxedResult<H>> {
  const full = (await search(words)) ?? { results: [] };
  const hits: RelaxedHit<H>[] = full.results.map((hit) => ({ hit, missing: [] }));
  const filters: FacetCounts = {};
  addCounts(filters, full.filters, 1);
  // The pages with every word can be shown while the relaxed searches run.
  await onComplete?.({ hits: [...hits], complete: hits.length, filters: structuredClone(filters) });
  const seen = new Set(full.results.map((h) => h.id));
  const n = words.length;
  // Past ten words a query is a pasted text, not a question: only the full query is searched.
  for (let k = 1; k <= 2 && k < n && n <= 10; k++) {
    if (k === 2 && (hits.length || n > 8)) break;
    const level: RelaxedHit<H>[] = [];
    const outcomes = await Promise.all(
      leaveOut(n, k).map(async (out) => ({ out, outcome: await search(words.filter((_, i) => !out.includes(i))) })),
    );
    for (const { out, outcome } of outcomes) {
      if (!outcome) continue;
      addCounts(filters, outcome.filters, 1);
      // Level one always contains the complete matches: count the extra pages only.
      if (k === 1) addCounts(filters, full.filters, -1);
      for (const hit of outcome.results) {
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
        level.push({ hit, missing: out });
      }
    }
    if (byScore) level.sort((a, b) => b.hit.score - a.hit.score);
    hits.push(...level);
  }
  return { hits, complete: full.results.length, filters };
}
