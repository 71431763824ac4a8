/**
 * Characters that change what a reader sees without being seen themselves: bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069), which can make "‮gnp.exe" display as "exe.png", and zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF), which split a word so that search no longer finds it.
 * Kept dependency-free: the search page ships this module to the browser.
 */

const bidiControls = '\u202A-\u202E\u2066-\u2069';
const zeroWidth = '\u200B\u200C\u2060\uFEFF';
/**
 * What editors' short text may not contain. A zero-width joiner (U+200D) is allowed between two emoji
 * (a skin tone or a variation selector may come before it), where it builds one picture (👩‍💻, 👩🏽‍💻,
 * 🏳️‍🌈), and refused anywhere else.
 */
const refused = new RegExp(
  `[${bidiControls}${zeroWidth}]|(?<![\\p{Extended_Pictographic}\\p{Emoji_Modifier}]\\uFE0F?)\\u200D|\\u200D(?!\\p{Extended_Pictographic})`,
  'u',
);
/** What a search query drops: all of the above, joiners included, plus soft hyphens and direction marks. */
const droppedFromQueries = new RegExp(`[${bidiControls}${zeroWidth}\\u200D\\u00AD\\u200E\\u200F\\u061C]`, 'gu');

const names: Readonly<Record<string, string>> = {
  '\u200B': 'a zero-width space',
  '\u200C': 'a zero-width non-joiner',
  '\u200D': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\uFEFF': 'a zero-width no-break space',
};

/**
 * The first invisible character in `text` that editors' short text may not hold, described for a
 * message (code point and what it is), or undefined when there is none.
 * @example findInvisibleCharacter('\u202Egnp.exe') // 'U+202E (a bidirectional control, which reorders the text readers see)'
 * @example findInvisibleCharacter('👩‍💻 Developers') // undefined
 */
export function findInvisibleCharacter(text: string): string | undefined {
  const found = refused.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return `${code} (${names[found] ?? 'a bidirectional control, which reorders the text readers see'})`;
}

/**
 * What an editor is told about an invisible character in short text, or undefined when there is none;
 * the schemas and the chart checks say it in the same words.
 * @example describeInvisibleCharacter('Report \u202Egnp.exe') // 'contains an invisible character, U+202E (…). Delete it: …'
 */
export function describeInvisibleCharacter(text: string): string | undefined {
  const found = findInvisibleCharacter(text);
  return found && `contains an invisible character, ${found}. Delete it: retype the words around it, or paste them from a plain-text editor.`;
}

/**
 * `text` without invisible formatting characters, for what readers type rather than what editors
 * write: a query pasted with a zero-width space or a direction override still finds its words.
 * @example stripInvisibleCharacters('clu\u200Bster') // 'cluster'
 */
export function stripInvisibleCharacters(text: string): string {
  return text.replace(droppedFromQueries, '');
}
