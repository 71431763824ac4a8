/**
 * Transliteration of a query word between Cyrillic and Latin script, so a name typed in the other
 * script can be looked up in the vocabulary: Ukrainian by the national system (KMU 2010: Харків →
 * Kharkiv), Bulgarian by the official streamlined system (Харков → Harkov), and back. The result is a
 * guess to look up, not a spelling to show: the vocabulary decides (with its confusable letters) which
 * indexed word it is. Pure and small: it ships to the browser.
 */

const ukToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '', "'": '',
  // Letters of Russian and Bulgarian spellings a reader may type on the same keyboard.
  ы: 'y', э: 'e', ё: 'e', ъ: 'a',
};
/** At the start of a word Ukrainian writes є ї й ю я as ye yi y yu ya. */
const ukInitial: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const bgToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ь: 'y',
  ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ы: 'y', э: 'e', ё: 'yo', '’': '', "'": '',
};

/** Latin letter groups to Cyrillic, longest first; `uk` and `bg` differ in h/g, y/i and a few groups. */
const latinToUk: [string, string][] = [
  ['shch', 'щ'], ['zgh', 'зг'], ['kh', 'х'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['yu', 'ю'], ['iu', 'ю'],
  ['ya', 'я'], ['ia', 'я'], ['ye', 'є'], ['ie', 'є'], ['yi', 'ї'], ['a', 'а'], ['b', 'б'], ['v', 'в'], ['h', 'г'], ['g', 'г'],
  ['d', 'д'], ['e', 'е'], ['z', 'з'], ['y', 'и'], ['i', 'і'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'],
  ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['c', 'к'], ['j', 'ж'], ['x', 'кс'], ['w', 'в'], ['q', 'к'],
];
const latinToBg: [string, string][] = [
  ['sht', 'щ'], ['zh', 'ж'], ['ts', 'ц'], ['ch', 'ч'], ['sh', 'ш'], ['kh', 'х'], ['yu', 'ю'], ['ya', 'я'], ['a', 'а'],
  ['b', 'б'], ['v', 'в'], ['g', 'г'], ['d', 'д'], ['e', 'е'], ['z', 'з'], ['i', 'и'], ['y', 'й'], ['k', 'к'], ['l', 'л'],
  ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['f', 'ф'], ['h', 'х'],
  ['c', 'к'], ['j', 'ж'], ['x', 'кс'], ['w', 'в'], ['q', 'к'],
];

function fromCyrillic(word: string, table: Record<string, string>, initial: Record<string, string> = {}): string {
  let out = '';
  let start = true;
  for (const char of word.toLowerCase()) {
    out += (start ? initial[char] : undefined) ?? table[char] ?? char;
    start = !/\p{L}/u.test(char);
  }
  return out;
}

function toCyrillic(word: string, groups: [string, string][]): string {
  const lower = word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; ) {
    const group = groups.find(([latin]) => lower.startsWith(latin, i));
    if (group) {
      out += group[1];
      i += group[0].length;
    } else {
      out += lower[i];
      i++;
    }
  }
  return out;
}

/**
 * Latin guesses for a Cyrillic word: by the Ukrainian and the Bulgarian system (one if they agree).
 * @example latinGuesses('Харків') // ['kharkiv', 'harkiv']
 * @example latinGuesses('Одеса') // ['odesa']
 */
export function latinGuesses(word: string): string[] {
  return [...new Set([fromCyrillic(word, ukToLatin, ukInitial), fromCyrillic(word, bgToLatin)])];
}

/**
 * The Cyrillic guess for a Latin word in a Cyrillic site language.
 * @example cyrillicGuess('Kharkiv', 'uk') // 'харків'
 * @example cyrillicGuess('Odesa', 'bg') // 'одеса'
 */
export function cyrillicGuess(word: string, locale: 'uk' | 'bg'): string {
  return toCyrillic(word, locale === 'uk' ? latinToUk : latinToBg);
}
