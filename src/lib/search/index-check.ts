import { locales } from '../../i18n/locales';
import { attributes } from '../outputs/dom-contract';

/** The part of Pagefind's `pagefind-entry.json` we check: one entry per language index. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * The search index must hold exactly the site's five languages, each with pages. A page whose
 * `<html lang>` were `uk-UA` or `ua` would open a separate index that no reader's search would reach.
 * @returns problems, empty when the index is right.
 * @example checkIndexedLanguages({ version: '1.6.0', languages: { en: …, 'uk-UA': … } }) // ['unexpected language index "uk-UA" …', …]
 */
export function checkIndexedLanguages(entry: PagefindEntry, expected: readonly string[] = locales): string[] {
  const found = Object.keys(entry.languages);
  const problems: string[] = [];
  for (const code of found.filter((c) => !expected.includes(c))) {
    problems.push(
      `unexpected language index "${code}" (${entry.languages[code]!.page_count} pages): every indexed page must have <html lang> ` +
        `set to one of ${expected.join(', ')}.`,
    );
  }
  for (const code of expected) {
    const index = entry.languages[code];
    if (!index) problems.push(`no search index for "${code}": no page in that language has ${attributes.searchBody}.`);
    else if (index.page_count === 0) problems.push(`the "${code}" search index is empty.`);
  }
  return problems;
}
