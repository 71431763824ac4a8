import type { Locale } from '../../i18n/locales';

/**
 * How search compares words. Shared by the build (the vocabulary) and the search page (the reader's
 * words), so both sides fold text the same way. Pure and small: it ships to the browser.
 */

/**
 * Lower case without diacritics and apostrophes, as Pagefind compares words: "Cluj‑Napoca" and
 * "cluj-napoca" are one word, "întâlniri" matches "intalniri", "й" matches "и", "ї" matches "і".
 * @example pagefindFold('Întâlniri') // 'intalniri'
 * @example pagefindFold('об’єднує') // 'обєднує'
 */
export function pagefindFold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/['’ʼ‘`´]/g, '')
    .toLowerCase();
}

/**
 * Letters a reader types for one another, folded together on top of `pagefindFold`: in Cyrillic,
 * the Russian и, е, ы, э and the Ukrainian і, є, ї, ґ (a Russian keyboard has no і; many readers type и);
 * in Latin text the diacritics are already gone (ș/s, ț/t, á/a, ñ/n). Used to find corrections, never
 * to decide what the index contains.
 * @example confusionFold('Київ') // 'киив'
 * @example confusionFold('Харьков') // 'харьков'
 */
export function confusionFold(word: string): string {
  return pagefindFold(word).replace(/[іїы]/g, 'и').replace(/[єэё]/g, 'е').replace(/ґ/g, 'г');
}

/** The script a word is written in: Cyrillic, Latin, or neither (digits, symbols). */
export type Script = 'cyrillic' | 'latin' | 'other';

/**
 * @example scriptOf('Харків') // 'cyrillic'
 * @example scriptOf('B2B') // 'latin'
 */
export function scriptOf(word: string): Script {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'cyrillic';
  if (/\p{Script=Latin}/u.test(word)) return 'latin';
  return 'other';
}

/** The script each site language is written in. */
export function localeScript(locale: Locale): Exclude<Script, 'other'> {
  return locale === 'uk' || locale === 'bg' ? 'cyrillic' : 'latin';
}

/** Length of the common beginning of two strings. */
export function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The words of a text as Pagefind splits them: runs of letters and digits, keeping an apostrophe or
 * hyphen between letters inside the word ("об’єднує", "kick-off"). Markup, URLs and punctuation are not words.
 * @example splitWords('Kick-off in Cluj-Napoca, 2025!') // ['Kick-off', 'in', 'Cluj-Napoca', '2025']
 */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-'’ʼ][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The parts of a hyphenated word, each a word Pagefind also indexes: "kick-off" → kick, off. */
export function wordParts(word: string): string[] {
  return word.split('-').filter(Boolean);
}
