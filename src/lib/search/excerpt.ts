/**
 * Where Pagefind cut a result's excerpt out of the page text. Pagefind picks about thirty words around
 * the best match, so an excerpt often starts or stops mid-sentence; the search page marks each cut with
 * "…". Dependency-free: ships with the search element.
 */

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Enough characters to tell where the excerpt sits, few enough to ignore a difference further in. */
const probeLength = 60;

/**
 * Whether the excerpt (`plain_excerpt`, without highlights) starts after the beginning of the page
 * text (`content`) and whether it stops before its end, mid-sentence.
 * @example findExcerptCuts('One two three four.', 'two three') // { start: true, end: true }
 * @example findExcerptCuts('One two three four.', 'One two') // { start: false, end: true }
 */
export function findExcerptCuts(content: string, plainExcerpt: string): { start: boolean; end: boolean } {
  const text = squash(content);
  const excerpt = squash(plainExcerpt);
  if (!excerpt) return { start: false, end: false };
  return {
    start: !text.startsWith(excerpt.slice(0, probeLength)),
    // A cut after a full stop needs no mark: the sentence is whole.
    end: !/[.!?…]$/u.test(excerpt) && !text.endsWith(excerpt.slice(-probeLength)),
  };
}
