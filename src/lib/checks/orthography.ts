import type { Locale } from '../../i18n/locales';

export interface OrthographyProblem {
  line: number;
  message: string;
}

const cyr = '\\p{Script=Cyrillic}';
/** An apostrophe other than ’ (U+2019) between two Cyrillic letters, as in "об'єкт" or "обʼєкт". */
const wrongUkrainianApostrophe = new RegExp(`(?<=${cyr})['ʼ‘\`´](?=${cyr})`, 'u');
/** Romanian letters with cedilla (ş ţ) instead of comma below (ș ț). */
const cedilla = /[şţŞŢ]/;
/** Russian-derived spellings of Ukrainian places, in Latin and Cyrillic script. */
const russianPlaceNames = /\b(Kharkov|Odessa|Dnepr|Dnepropetrovsk|Kiev)\b|(?<!\p{L})(Харьков|Одесса|Днепр|Киев)(?!\p{L})/u;

/**
 * Checks one file's text for the orthography rules the site keeps in every language: Romanian comma-below
 * ș ț, one Ukrainian apostrophe (’), and current Ukrainian place names (Kharkiv, Odesa, Dnipro, Kyiv).
 * Fenced code blocks are skipped. Returns one problem per offending line, with the fix.
 * @example findOrthographyProblems("об'єкт", 'uk')[0]?.message // 'Ukrainian apostrophe: …'
 */
export function findOrthographyProblems(text: string, locale: Locale): OrthographyProblem[] {
  const problems: OrthographyProblem[] = [];
  let inFence = false;
  text.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const at = index + 1;
    if (locale === 'ro' && cedilla.test(line)) {
      problems.push({ line: at, message: `Romanian cedilla letter "${cedilla.exec(line)![0]}": write ș ț (comma below), never ş ţ.` });
    }
    if (locale === 'uk' && wrongUkrainianApostrophe.test(line)) {
      problems.push({ line: at, message: `Ukrainian apostrophe "${wrongUkrainianApostrophe.exec(line)![0]}": write ’ (U+2019) everywhere, as in "об’єкт".` });
    }
    const place = russianPlaceNames.exec(line);
    if (place) {
      problems.push({ line: at, message: `"${place[0]}" is a Russian-derived place name: write Kharkiv, Odesa, Dnipro, Kyiv (Харків, Одеса, Дніпро, Київ).` });
    }
  });
  return problems;
}
