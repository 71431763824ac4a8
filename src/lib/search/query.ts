import type { Locale } from '../../i18n/locales';
import { stripInvisibleCharacters } from '../format/invisible-characters';
import { takeGraphemes } from '../format/truncate';

/**
 * Query normalization for client-side search, shared by the search page's script and the tests.
 * Pure, and importing only two small helpers, so it ships to the browser in a few hundred bytes.
 */

/** Longest query we send to the index: enough for any real search, bounded for pathological input. */
export const maxQueryLength = 200;

/**
 * Endings stripped from Ukrainian and Bulgarian query words, longest first. Pagefind has no stemmer for
 * these languages but matches word prefixes, so "кластерів" becomes "кластер" and finds "кластери",
 * "кластерами" and "кластерів" alike. The lists are deliberately short: only inflections that leave a
 * stem which is still a prefix of the other forms.
 */
const endings: Record<'uk' | 'bg', readonly string[]> = {
  uk: [
    'ськими', 'ського', 'ському', 'ських', 'ський', 'ська', 'ське', 'ські',
    'ами', 'ями', 'ові', 'еві', 'ого', 'ому', 'ими', 'ів', 'їв', 'ах', 'ях', 'ам', 'ям', 'ом', 'ем', 'єм',
    'ою', 'ею', 'єю', 'ий', 'ій', 'ої', 'их', 'им', 'ую', 'юю', 'а', 'я', 'и', 'і', 'ї', 'у', 'ю', 'о', 'е', 'є', 'ь',
  ],
  bg: ['ищата', 'овете', 'ите', 'ата', 'ята', 'ове', 'еве', 'ища', 'ът', 'ят', 'та', 'то', 'те', 'ия', 'а', 'я', 'и', 'е', 'о', 'у'],
};

/** Shortest stem left after stripping: shorter prefixes match too many unrelated words. */
const minStem = 4;

/**
 * Removes one inflectional ending from a Ukrainian or Bulgarian word when a stem of at least four
 * letters remains; other words are returned unchanged.
 * @example stemWord('кластерів', 'uk') // 'кластер'
 * @example stemWord('клъстерите', 'bg') // 'клъстер'
 */
export function stemWord(word: string, locale: Locale): string {
  if (locale !== 'uk' && locale !== 'bg') return word;
  const lower = word.toLocaleLowerCase(locale);
  if (!/^[\p{Script=Cyrillic}’]+$/u.test(lower)) return word;
  for (const ending of endings[locale]) {
    if (lower.endsWith(ending) && lower.length - ending.length >= minStem) return lower.slice(0, -ending.length);
  }
  return lower;
}

/**
 * Normalizes what the reader typed before it reaches the index: invisible characters dropped (a
 * zero-width space or a direction override pasted with the words), Unicode NFC, Romanian cedillas to
 * comma-below (ş ţ → ș ț, as the content is written), every apostrophe form between letters to ’
 * (the Ukrainian content's form), collapsed spaces, at most `maxQueryLength` characters; then, for
 * Ukrainian and Bulgarian, strips inflectional endings word by word.
 * @example normalizeQuery("Об'єднання  кластерів", 'uk') // 'об’єднання кластер'
 * @example normalizeQuery('cooperare şi inovaţie', 'ro') // 'cooperare și inovație'
 */
export function normalizeQuery(raw: string, locale: Locale): string {
  return queryWords(raw, locale)
    .map((w) => w.search)
    .join(' ');
}

/** One word of a query: as the reader typed it (cleaned), and the form sent to the index. */
export interface QueryWord {
  typed: string;
  search: string;
}

/**
 * The query's words, each as typed (cleaned as `normalizeQuery` describes) and as searched (for
 * Ukrainian and Bulgarian, without its inflectional ending).
 * @example queryWords('Харкові  ', 'uk') // [{ typed: 'Харкові', search: 'харков' }]
 */
export function queryWords(raw: string, locale: Locale): QueryWord[] {
  const bounded = cleanQuery(raw);
  if (!bounded) return [];
  return bounded.split(' ').map((typed) => ({ typed, search: stemWord(typed, locale) }));
}

function cleanQuery(raw: string): string {
  const cleaned = stripInvisibleCharacters(raw)
    .normalize('NFC')
    .replace(/ş/g, 'ș')
    .replace(/Ş/g, 'Ș')
    .replace(/ţ/g, 'ț')
    .replace(/Ţ/g, 'Ț')
    .replace(/(?<=\p{L})['ʼ‘`´](?=\p{L})/gu, '’')
    .replace(/\s+/g, ' ')
    .trim();
  return takeGraphemes(cleaned, maxQueryLength).trim();
}

/** True when the query has something to search for: at least one letter or digit. */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
