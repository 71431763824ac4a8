const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * How many characters a reader sees: graphemes, not UTF-16 units (a family emoji is one, not eleven;
 * "é" written as e + accent is one, not two). Every length limit on editors' text counts this way.
 * @example countGraphemes('👩‍👩‍👧‍👦 Kyiv') // 6
 */
export function countGraphemes(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/**
 * The first `max` characters of `text` as a reader counts them, with no ellipsis: a bound on input (a
 * search query), cut between graphemes so no emoji or accented letter is split.
 * @example takeGraphemes('👩‍👩‍👧‍👦abc', 2) // '👩‍👩‍👧‍👦a'
 */
export function takeGraphemes(text: string, max: number): string {
  let kept = '';
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (count === max) break;
    kept += segment;
    count += 1;
  }
  return kept;
}

/**
 * Shortens `text` to at most `max` user-perceived characters, ellipsis included. Counts graphemes, so
 * an emoji, a flag or a letter with a combining accent is never cut in half. Prefers to cut between
 * words, backing up to the last space when that loses at most `maxBackoff` characters (a long unbroken
 * word is cut mid-word instead), and drops punctuation left dangling before the ellipsis.
 * @example truncateAtWord('Market entry for Ukrainian IT companies', 20) // 'Market entry for…'
 */
export function truncateAtWord(text: string, max: number, maxBackoff = 20): string {
  if (!Number.isInteger(max) || max < 2) throw new RangeError(`max must be an integer of at least 2, got ${max}`);
  const normalized = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(graphemes.segment(normalized), (s) => s.segment);
  if (chars.length <= max) return normalized;
  const kept = chars.slice(0, max - 1);
  const space = kept.lastIndexOf(' ');
  const head = space > 0 && kept.length - space <= maxBackoff ? kept.slice(0, space) : kept;
  return `${head.join('').replace(/[\s.,;:!?\-–—]+$/u, '')}…`;
}
