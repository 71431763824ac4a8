import type { Locale } from '../../i18n/locales';
import { proseLines, type MarkdownSource } from './markdown-source';

export interface OrthographyProblem {
  line: number;
  message: string;
}

const cyr = '\\p{Script=Cyrillic}';
/** An apostrophe other than ’ (U+2019) between two Cyrillic letters, as in "об'єкт" or "обʼєкт". */
const wrongUkrainianApostrophe = new RegExp(`(?<=${cyr})['ʼ‘\`´](?=${cyr})`, 'u');
/** Romanian letters with cedilla (ş ţ) instead of comma below (ș ț). */
const cedilla = /[şţŞŢ]/;

/**
 * Checks one file for the orthography rules the site keeps: Romanian comma-below ș ț and one Ukrainian
 * apostrophe (’). Place names and terms, which differ per language, are the termbase's (termbase.ts).
 * Reads the frontmatter and the text; fenced code is skipped. Returns one problem per offending line, with the fix.
 * @example findOrthographyProblems(parseMarkdownSource("об'єкт"), 'uk')[0]?.message // 'Ukrainian apostrophe "'": …'
 */
export function findOrthographyProblems(source: MarkdownSource, locale: Locale): OrthographyProblem[] {
  const problems: OrthographyProblem[] = [];
  for (const { line: at, text: line } of proseLines(source)) {
    if (locale === 'ro' && cedilla.test(line)) {
      problems.push({ line: at, message: `Romanian cedilla letter "${cedilla.exec(line)![0]}": write ș ț (comma below), never ş ţ.` });
    }
    if (locale === 'uk' && wrongUkrainianApostrophe.test(line)) {
      problems.push({ line: at, message: `Ukrainian apostrophe "${wrongUkrainianApostrophe.exec(line)![0]}": write ’ (U+2019) everywhere, as in "об’єкт".` });
    }
  }
  return problems;
}
