import { locales, type Locale } from '../../i18n/locales';
import { confusionFold, pagefindFold, scriptOf, localeScript, commonPrefixLength } from './fold';

/**
 * The search alias table: names a reader may type in another language, script or spelling, each
 * mapped to the form the reader's language writes. Built at build time from the termbase's places
 * (every language's form and every refused form, e.g. Kharkov, Харьков*, Одесс*), the partners'
 * localized cities and their countries; the search page rewrites a matching query word before
 * searching and says so ("Showing results for Харків").
 */

/** One place or country: its form in every site language, and every other form readers type. */
export interface AliasGroup {
  /** The form each language writes. */
  target: Partial<Record<Locale, string>>;
  /** Other forms: other languages' forms are added automatically. A trailing `*` matches any ending. */
  forms: readonly string[];
}

/** One language's table: [folded form, the language's form]; a form may have several words, or end in `*`. */
export type AliasTable = [string, string][];

const foldForm = (form: string) => {
  const star = form.endsWith('*');
  const words = form.replace(/\*$/, '').split(/[\s-]+/).filter(Boolean).map(pagefindFold);
  return words.join(' ') + (star ? '*' : '');
};

/**
 * The table for one language: every form of every group except the language's own, longest first.
 * @example buildAliasTable([{ target: { en: 'Kharkiv', uk: 'Харків' }, forms: ['Kharkov'] }], 'uk')
 *   // [['kharkov', 'Харків'], ['kharkiv', 'Харків']]
 */
export function buildAliasTable(groups: readonly AliasGroup[], locale: Locale): AliasTable {
  const table = new Map<string, string>();
  for (const group of groups) {
    const target = group.target[locale];
    if (!target) continue;
    const own = foldForm(target);
    for (const form of [...group.forms, ...locales.map((l) => group.target[l]).filter((f): f is string => !!f)]) {
      const folded = foldForm(form);
      if (folded === own || folded.replace(/\*$/, '') === own) continue;
      if (!table.has(folded)) table.set(folded, target);
    }
  }
  return [...table.entries()].sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
}

/**
 * Merges groups that share a form (a termbase place and a partner's city), so each place is one group.
 * The first group's target wins where both give one.
 */
export function mergeAliasGroups(groups: readonly AliasGroup[]): AliasGroup[] {
  const merged: { target: Partial<Record<Locale, string>>; forms: string[]; keys: Set<string> }[] = [];
  for (const group of groups) {
    const keys = new Set([...group.forms, ...Object.values(group.target)].filter((f): f is string => !!f).map(foldForm));
    const into = merged.find((m) => [...keys].some((k) => m.keys.has(k)));
    if (!into) {
      merged.push({ target: { ...group.target }, forms: [...group.forms], keys });
      continue;
    }
    for (const [locale, form] of Object.entries(group.target) as [Locale, string][]) {
      if (!into.target[locale]) into.target[locale] = form;
      else if (foldForm(into.target[locale]!) !== foldForm(form)) into.forms.push(form);
    }
    into.forms.push(...group.forms);
    for (const k of keys) into.keys.add(k);
  }
  return merged.map(({ target, forms }) => ({ target, forms: [...new Set(forms)] }));
}

/** Does a typed word match one word of a form? Exact after folding; a `*` form also by its beginning;
 * a Cyrillic form also in another case ending (Харкова for Харків, Одесі for Одеса). */
function wordMatches(typed: string, form: string, last: boolean, star: boolean): boolean {
  if (typed === form) return true;
  if (last && star && typed.startsWith(form)) return true;
  if (scriptOf(form) !== 'cyrillic') return false;
  const a = confusionFold(typed);
  const b = confusionFold(form);
  return a === b || (b.length >= 4 && commonPrefixLength(a, b) >= Math.max(4, b.length - 2) && Math.abs(a.length - b.length) <= 3);
}

/** A run of typed words the table replaced. */
export interface AliasMatch {
  /** Index of the first typed word, and how many words the form covered. */
  start: number;
  length: number;
  /** The reader's language's form. */
  target: string;
}

/**
 * Finds the aliases in a query's words, longest form first, left to right. A word already in the
 * reader's language's script that the index contains is left alone (`isIndexed`), so "Харкова" on the
 * Ukrainian site stays as typed while "Kharkiv" there becomes "Харків".
 * @example findAliases(['kharkov'], [['kharkov', 'Kharkiv']], 'en', () => false) // [{ start: 0, length: 1, target: 'Kharkiv' }]
 */
export function findAliases(words: readonly string[], table: AliasTable, locale: Locale, isIndexed: (word: string) => boolean): AliasMatch[] {
  const typed = words.map(pagefindFold);
  const matches: AliasMatch[] = [];
  for (let i = 0; i < words.length; ) {
    let found: AliasMatch | undefined;
    for (const [form, target] of table) {
      const star = form.endsWith('*');
      const parts = form.replace(/\*$/, '').split(' ');
      if (i + parts.length > words.length) continue;
      if (!parts.every((p, k) => wordMatches(typed[i + k]!, p, k === parts.length - 1, star))) continue;
      const run = words.slice(i, i + parts.length);
      const local = run.every((w) => scriptOf(w) === localeScript(locale));
      if (local && run.every(isIndexed)) continue;
      found = { start: i, length: parts.length, target };
      break;
    }
    if (found) {
      matches.push(found);
      i += found.length;
    } else i++;
  }
  return matches;
}
