import type { Locale } from '../../i18n/locales';
import { commonPrefixLength, confusionFold, pagefindFold, splitWords, wordParts } from './fold';

/**
 * The search vocabulary: every word of the indexed text of one language, split into small chunks by
 * first letter so a query loads only the chunks of its own words. The build collects and writes it
 * (src/pages/search-data/); the search page asks it whether a word is in the index and, when it is
 * not, for the nearest word that is ("Did you mean"). Pure: no I/O, no DOM.
 */

/** Shortest word the vocabulary keeps, and shortest correction it offers: one- and two-letter words are never suggested. */
export const minWordLength = 3;

/**
 * Counts, for each word (lower case, diacritics kept), how many documents contain it.
 * @example collectWords(['Cluster news', 'cluster']).get('cluster') // 2
 */
export function collectWords(documents: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of documents) {
    const seen = new Set<string>();
    for (const word of splitWords(text)) {
      for (const part of wordParts(word)) {
        // Apostrophes as the rendered page writes them (’), whatever the Markdown source typed.
        const lower = part.normalize('NFC').toLowerCase().replace(/['ʼ‘`´]/g, '’');
        if (pagefindFold(lower).length < minWordLength || /^\p{N}+$/u.test(lower)) continue;
        seen.add(lower);
      }
    }
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The chunk a word belongs to: its first letter after folding, so і/и, є/е, ș/s and á/a share one. */
export function chunkKey(word: string): string {
  return [...confusionFold(word)][0] ?? '';
}

/**
 * Splits a vocabulary into chunks by `chunkKey`, each listing its words most frequent first (so the
 * position of a word is its rank), then alphabetically: the same input always gives the same files.
 * @example chunkVocabulary(new Map([['cluster', 3], ['clúster', 1]])).get('c') // ['cluster', 'clúster']
 */
export function chunkVocabulary(counts: ReadonlyMap<string, number>): Map<string, string[]> {
  const chunks = new Map<string, [string, number][]>();
  for (const [word, count] of counts) {
    const key = chunkKey(word);
    if (!key) continue;
    let list = chunks.get(key);
    if (!list) chunks.set(key, (list = []));
    list.push([word, count]);
  }
  const sorted = new Map<string, string[]>();
  for (const key of [...chunks.keys()].sort()) {
    const list = chunks.get(key)!;
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    sorted.set(key, list.map(([w]) => w));
  }
  return sorted;
}

/** A chunk's file name part: the key's code point in hex, so every name is ASCII. */
export function chunkFileStem(key: string): string {
  return key.codePointAt(0)!.toString(16);
}

/** What the search page reads the vocabulary through: the words of one chunk, or undefined if it has none. */
export interface WordSource {
  chunk(key: string): readonly string[] | undefined;
}

/** Endings a stemmer strips in the languages Pagefind stems (en, ro, es), folded: a query word whose
 * beginning is an indexed word's beginning and whose rest is one of these is matched by Pagefind's stemmer. */
const stemEndings: Partial<Record<Locale, readonly string[]>> = {
  en: ['s', 'es', 'ed', 'ing', 'ings', 'er', 'ers', 'ion', 'ions', 'ation', 'ations', 'ment', 'ments', 'ly', 'ity', 'ities', 'ies', 'ied', 'al', 'ally', 'ive', 'ness', 'ise', 'ised', 'ises', 'ize', 'ized', 'izes', 'able', 'ance', 'ence', 'y', 'e'],
  ro: ['a', 'e', 'i', 'ii', 'ile', 'ilor', 'le', 'lor', 'ul', 'ului', 'uri', 'urile', 'urilor', 'ea', 'ei', 'elor', 'ele', 'ta', 'tie', 'tii', 'tiei', 'tiile', 'ar', 'are', 'area', 'ari', 'arile', 'arilor', 'at', 'ata', 'ate', 'ati', 'easca', 'esc', 'este', 'it', 'ita', 'ite'],
  es: ['s', 'es', 'a', 'as', 'o', 'os', 'e', 'ar', 'er', 'ir', 'ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas', 'cion', 'ciones', 'mente', 'ando', 'iendo', 'amos', 'emos', 'imos', 'an', 'en', 'ia', 'ias', 'al', 'ales', 'ico', 'ica', 'icos', 'icas'],
};

/**
 * True when Pagefind will find the word as it stands: some indexed word begins with it (Pagefind
 * matches word beginnings, and the Ukrainian and Bulgarian query is already cut to its stem), or, in the
 * languages Pagefind stems, it is an indexed word's beginning plus an ending the stemmer removes
 * ("organising" for "organisers", "entering" for "entry"'s neighbours). Words shorter than three
 * letters and words with digits are always passed on as typed.
 * @example isIndexed('kharkiv', 'en', source) // true when a page has "Kharkiv"
 */
export function isIndexed(word: string, locale: Locale, source: WordSource): boolean {
  const folded = pagefindFold(word);
  if (folded.length < minWordLength || /\p{N}/u.test(folded)) return true;
  const words = source.chunk(chunkKey(word)) ?? [];
  const endings = stemEndings[locale];
  for (const candidate of words) {
    const other = pagefindFold(candidate);
    if (other.startsWith(folded)) return true;
    if (endings) {
      const shared = commonPrefixLength(folded, other);
      if (shared >= Math.max(4, folded.length - 6) && endings.includes(folded.slice(shared))) return true;
    }
  }
  return false;
}

/** Most edits a correction may make: one, or two for a word of eight letters or more. */
export function maxEdits(word: string): number {
  return pagefindFold(word).length >= 8 ? 2 : 1;
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment) between `a` and `b`, or, with
 * `prefix`, between `a` and the closest beginning of `b`; also returns that beginning's length.
 * Gives up (Infinity) as soon as the distance must exceed `limit`.
 * @example editDistance('marketign', 'marketing', 2) // { distance: 1, length: 9 }
 * @example editDistance('кластир', 'кластерів', 1, true) // { distance: 1, length: 7 }
 */
export function editDistance(a: string, b: string, limit: number, prefix = false): { distance: number; length: number } {
  const m = a.length;
  const n = b.length;
  const none = { distance: Infinity, length: 0 };
  if (!prefix && Math.abs(m - n) > limit) return none;
  if (prefix && n < m - limit) return none;
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return none;
    before = previous;
    previous = current;
  }
  if (!prefix) return previous[n]! <= limit ? { distance: previous[n]!, length: n } : none;
  let best = none;
  for (let j = Math.max(1, m - limit); j <= n; j++) {
    if (previous[j]! < best.distance || (previous[j] === best.distance && Math.abs(j - m) < Math.abs(best.length - m))) best = { distance: previous[j]!, length: j };
  }
  return best.distance <= limit ? best : none;
}

/** The beginning of `word` whose folded form has `length` letters ("об’єднує", 3 → "об’є"). */
export function surfacePrefix(word: string, length: number): string {
  let folded = 0;
  let end = 0;
  for (const char of word) {
    if (folded >= length) break;
    folded += pagefindFold(char).length;
    end += char.length;
  }
  return word.slice(0, end);
}

/** A correction the vocabulary offers for a word it does not contain. */
export interface Correction {
  /** The word (or, for Ukrainian and Bulgarian stems, the word's beginning) to search instead. */
  form: string;
  /** Edits between the two after folding the letters readers confuse (0: only і/и-style confusions). */
  distance: number;
}

/**
 * The closest indexed word to one the index does not contain: at most `maxEdits` edits after folding
 * confusable letters, preferring fewer real edits, then the more frequent word. In Ukrainian and
 * Bulgarian, where the query is a stem, the word's closest beginning is compared and returned.
 * Never returns a word shorter than three letters, and corrects nothing shorter than three letters.
 * @example findCorrection('kharkov', 'en', source) // { form: 'kharkiv', distance: 1 }
 */
export function findCorrection(word: string, locale: Locale, source: WordSource): Correction | undefined {
  const typed = confusionFold(word);
  const exact = pagefindFold(word);
  if (exact.length < minWordLength || /\p{N}/u.test(exact)) return undefined;
  const limit = maxEdits(word);
  const prefix = locale === 'uk' || locale === 'bg';
  let best: { form: string; distance: number; whole: boolean; exactDistance: number } | undefined;
  for (const candidate of source.chunk(chunkKey(word)) ?? []) {
    const folded = confusionFold(candidate);
    const { distance, length } = editDistance(typed, folded, limit, prefix);
    if (distance === Infinity || length < minWordLength) continue;
    if (best && distance > best.distance) continue;
    const form = prefix ? surfacePrefix(candidate, length) : candidate;
    // A whole word beats the beginning of a longer one ("ДСД" is the acronym ДДС, not the start of "дадени").
    const whole = length === folded.length;
    const exactDistance = editDistance(exact, pagefindFold(form), limit + 2).distance;
    // Candidates come most frequent first, so a tie keeps the more frequent word.
    const better =
      !best ||
      distance < best.distance ||
      (distance === best.distance && whole && !best.whole) ||
      (distance === best.distance && whole === best.whole && exactDistance < best.exactDistance);
    if (better) best = { form, distance, whole, exactDistance };
  }
  return best && { form: best.form, distance: best.distance };
}
