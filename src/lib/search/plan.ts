import type { Locale } from '../../i18n/locales';
import { localeScript, scriptOf, wordParts } from './fold';
import { findAliases, type AliasTable } from './aliases';
import { chunkKey, findCorrection, isIndexed, type WordSource } from './lexicon';
import { queryWords, stemWord } from './query';
import { isStopWord } from './stopwords';
import { cyrillicGuess, latinGuesses } from './transliterate';

/**
 * The query planner: turns what the reader typed into the words sent to the index, and records every
 * change so the page can say what it searched ("Showing results for …", "Search instead for …").
 * In order: names in another language, script or spelling become the reader's language's form (the
 * alias table); words with no topic are left out of questions; a word the index does not contain is
 * transliterated (a name typed in the other script) or corrected to the nearest indexed word, and
 * otherwise left out and named ("not found"). Pure: the vocabulary and the table are passed in.
 */

/** Why a word was replaced: a known name, the other script, or a spelling correction. */
export type WordChange = 'alias' | 'script' | 'spelling';

export interface PlannedWord {
  /** The words as typed (several for a multi-word name). */
  typed: string;
  /** What is sent to the index (a stem for Ukrainian and Bulgarian; several words for a multi-word name). */
  search: string;
  /** The word as the page shows it in "Showing results for …". */
  shown: string;
  change?: WordChange;
}

export interface QueryPlan {
  /** The words searched, in the reader's order. */
  words: PlannedWord[];
  /** Typed words the index has no trace of, left out of the search. */
  unknown: string[];
  /** True when a word was replaced, so the page offers the query as typed. */
  changed: boolean;
}

export interface PlanOptions {
  /** The vocabulary; without it (not loaded, or failed), every word is searched as typed. */
  words?: WordSource | undefined;
  aliases?: AliasTable | undefined;
  /** Search exactly what was typed: no aliases, no corrections ("Search instead for …"). */
  exact?: boolean;
}

/** Shortest query read as a question, whose words with no topic are left out. */
export const minQuestionWords = 4;

/** An acronym (IT, EU, B2B) is never a stop word, even where its letters spell one ("IT" and "it"). */
const isAcronym = (word: string) => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

/** The Ukrainian or Bulgarian stem of each part of a form, joined by spaces ("Клуж-Напока" → "клуж напок"). */
function searchForm(form: string, locale: Locale): string {
  return form
    .split(/\s+/)
    .flatMap((w) => (locale === 'uk' || locale === 'bg' ? wordParts(w) : [w]))
    .map((w) => stemWord(w, locale))
    .join(' ');
}

/**
 * @example planQuery('Kharkov', 'en', { words, aliases }).words[0] // { typed: 'Kharkov', search: 'Kharkiv', shown: 'Kharkiv', change: 'alias' }
 * @example planQuery('how do I enter the EU market', 'en', {}).words.map((w) => w.search) // ['enter', 'EU', 'market']
 */
export function planQuery(raw: string, locale: Locale, options: PlanOptions = {}): QueryPlan {
  const { words: source, aliases = [], exact = false } = options;
  const typed = queryWords(raw, locale);
  // Is a searched form (already a stem) in the index? And a typed word, once stemmed?
  const indexed = (search: string) => !source || search.split(/[\s-]+/).every((part) => isIndexed(part, locale, source));
  const typedIndexed = (word: string) => indexed(wordParts(word).map((part) => stemWord(part, locale)).join(' '));

  // 1. Names: a run of typed words that the table knows becomes one planned word.
  const planned: PlannedWord[] = [];
  const matches = exact ? [] : findAliases(typed.map((w) => w.typed), aliases, locale, typedIndexed);
  for (let i = 0; i < typed.length; ) {
    const match = matches.find((m) => m.start === i);
    if (match) {
      const run = typed.slice(i, i + match.length).map((w) => w.typed).join(' ');
      planned.push({ typed: run, search: searchForm(match.target, locale), shown: match.target, change: 'alias' });
      i += match.length;
    } else {
      planned.push({ typed: typed[i]!.typed, search: typed[i]!.search, shown: typed[i]!.typed });
      i++;
    }
  }

  // A word typed twice is searched once.
  const distinct = planned.filter((w, i) => planned.findIndex((o) => o.search.toLowerCase() === w.search.toLowerCase()) === i);
  planned.splice(0, planned.length, ...distinct);

  // 2. Questions: in a query of four words or more, words with no topic go when at least two others
  // remain. A short query keeps them ("партньорите на клъстера"): they rule no page out there, and
  // Pagefind's ranking of a phrase counts them.
  const topical = planned.filter((w) => w.change || isAcronym(w.typed) || !isStopWord(w.typed, locale));
  const kept = planned.length >= minQuestionWords && topical.length >= 2 ? topical : planned;

  // 3. Words the index does not contain: the other script, a correction, or left out.
  const words: PlannedWord[] = [];
  const unknown: string[] = [];
  for (const word of kept) {
    if (exact || !source || word.change || word.search.includes('-')) {
      words.push(word);
      continue;
    }
    if (indexed(word.search)) {
      words.push(locale === 'uk' ? { ...word, search: widenStem(word.search, source) } : word);
      continue;
    }
    const replaced = otherScript(word, locale, source) ?? corrected(word, locale, source);
    if (replaced) words.push(replaced);
    else unknown.push(word.typed);
  }
  return { words, unknown, changed: words.some((w) => w.change) };
}

const vowels = 'аеєиіїоуюя';

/**
 * A Ukrainian stem that loses or changes a vowel between its forms, cut back to what all its forms
 * share: ринку/ринки → "ринк" misses ринок, so "рин"; Харкова/Харкові → "харков" misses Харків, so
 * "харк". Only when the vocabulary shows that every indexed word with the shorter beginning is a form
 * of the same word, so the shorter stem finds nothing unrelated.
 * @example widenStem('ринк', source) // 'рин' when the index has ринок, ринку, ринки and no other рин…
 */
export function widenStem(stem: string, source: WordSource): string {
  const lower = stem.toLowerCase();
  const options: { shared: string; forms: string[] }[] = [];
  const [last = '', before = ''] = [...lower].reverse();
  // Fleeting о/е before the last consonant: ринок → ринку.
  if (last && before && !vowels.includes(last) && !vowels.includes(before)) {
    const shared = lower.slice(0, -1);
    options.push({ shared, forms: [`${shared}о${last}`, `${shared}е${last}`] });
  }
  // о/е → і in a closed syllable: Харкова → Харків.
  if (/[ое]в$/.test(lower)) {
    const shared = lower.slice(0, -2);
    options.push({ shared, forms: [`${shared}ів`, `${shared}їв`] });
  }
  for (const { shared, forms } of options) {
    if (shared.length < 3) continue;
    const words = (source.chunk(chunkKey(shared)) ?? []).filter((w) => w.toLowerCase().startsWith(shared));
    const ofTheWord = (w: string) => [lower, ...forms].some((f) => w.toLowerCase().startsWith(f));
    if (words.some((w) => forms.some((f) => w.toLowerCase().startsWith(f))) && words.every(ofTheWord)) return shared;
  }
  return stem;
}

/** A word typed in the other script, found in the index after transliteration (or its correction). */
function otherScript(word: PlannedWord, locale: Locale, source: WordSource): PlannedWord | undefined {
  const script = scriptOf(word.typed);
  if (script === 'other' || script === localeScript(locale)) return undefined;
  const guesses = script === 'cyrillic' ? latinGuesses(word.typed) : [cyrillicGuess(word.typed, locale as 'uk' | 'bg')];
  for (const guess of guesses) {
    const search = stemWord(guess, locale);
    if (isIndexed(search, locale, source)) return { typed: word.typed, search, shown: sameCase(guess, word.typed), change: 'script' };
  }
  // A transliteration is a guess about vowels (и/і, e/є): it may be corrected by confusable letters,
  // and by one real edit only in a long name, or short Latin words would turn into unrelated Cyrillic ones.
  for (const guess of guesses) {
    const fix = correctedForm(stemWord(guess, locale), guess, locale, source);
    if (fix && (fix.distance === 0 || (fix.distance === 1 && guess.length >= 6))) return { typed: word.typed, search: fix.search, shown: fix.shown, change: 'script' };
  }
  return undefined;
}

function corrected(word: PlannedWord, locale: Locale, source: WordSource): PlannedWord | undefined {
  const fix = correctedForm(word.search, word.typed, locale, source);
  return fix && { typed: word.typed, search: fix.search, shown: fix.shown, change: 'spelling' };
}

/** The correction of a searched form, and how to show it: a corrected stem keeps the typed ending. */
function correctedForm(search: string, typed: string, locale: Locale, source: WordSource): { search: string; shown: string; distance: number } | undefined {
  const fix = findCorrection(search, locale, source);
  if (!fix) return undefined;
  const stemmed = locale === 'uk' || locale === 'bg';
  const ending = stemmed ? typed.toLowerCase().slice(search.length) : '';
  return { search: fix.form, shown: sameCase(fix.form + ending, typed), distance: fix.distance };
}

/** A correction written as the reader wrote the word: a capital first letter stays a capital. */
function sameCase(word: string, typed: string): string {
  if (typed.length >= 2 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  const first = [...typed][0] ?? '';
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The searched words joined into one Pagefind query. */
export const searchString = (words: readonly PlannedWord[]) => words.map((w) => w.search).join(' ');

/** The query as searched, in the words the page shows. */
export const shownString = (words: readonly PlannedWord[]) => words.map((w) => w.shown).join(' ');
