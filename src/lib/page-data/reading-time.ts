/**
 * Reading time for Markdown and MDX bodies in any of the site's languages. Words are counted on the
 * text a reader actually reads, so markup, code and URLs never inflate the estimate.
 */
import { scanFencedLines, stripFrontmatter } from '../checks/markdown-source';

// One segmenter per locale: constructing Intl.Segmenter is far costlier than reusing it, and the
// estimate runs once per page per language in a build.
const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Drops fenced code blocks and MDX import/export blocks line by line, because both need state
 * (where the block ends) that a single regular expression cannot track reliably. Fences follow
 * CommonMark through the same scanner the content checks use; an unclosed fence swallows the rest.
 */
function dropCodeAndEsm(text: string): string {
  const kept: string[] = [];
  let inEsm = false;
  for (const { text: line, inCode } of scanFencedLines(text)) {
    if (inCode) continue;
    if (inEsm) {
      // MDX ends an import/export block at the first blank line, so multi-line imports go too.
      if (line.trim() === '') inEsm = false;
      continue;
    }
    if (/^(?:import|export)\s/.test(line)) {
      inEsm = true;
      continue;
    }
    kept.push(line);
  }
  return kept.join('\n');
}

/** Balanced `{…}` up to two levels deep: enough for JSX attribute values such as `data={[{ a: 1 }]}`. */
const braces = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const tag = new RegExp(String.raw`<\/?[A-Za-z][\w.:-]*(?:\s(?:[^<>"'{}]|"[^"]*"|'[^']*'|${braces})*)?\/?>`, 'g');

/**
 * Reduces Markdown/MDX to the readable text. Link text and image-free prose stay; everything a
 * reader skips (frontmatter, code, tags, URLs, images, table rules, markers) goes.
 */
function readableText(markdown: string): string {
  // Frontmatter only counts as such at the very start of the file; a later `---` is a thematic break.
  const text = dropCodeAndEsm(stripFrontmatter(markdown).replace(/^\uFEFF/, ''));
  return (
    text
      // Comments and raw script/style are never shown to readers.
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      // Images before links, because an image is a link with a leading "!"; alt text is not read aloud in prose.
      .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
      .replace(/!\[[^\]]*\]\[[^\]]*\]/g, ' ')
      // Autolinks before tags, or the tag pattern would keep nothing useful from them anyway.
      .replace(/<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi, ' ')
      .replace(tag, ' ')
      // MDX expressions ({frontmatter.title}, {props.x}) are code, not prose.
      .replace(new RegExp(braces, 'g'), ' ')
      // Footnote markers and reference definitions are navigation, not text.
      .replace(/\[\^[^\]]*\]:?/g, ' ')
      .replace(/^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ')
      // Links keep their text and lose their target, inline and reference style alike.
      .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
      .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
      // Bare URLs are skimmed, not read, and the segmenter would split one into many "words".
      .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]+/gi, ' ')
      // Table rules and pipes carry no text. The word segmenter already skips them as punctuation; removing
      // them here keeps readableText() true to its name rather than relying on that.
      .replace(/^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)+\|?\s*$/gm, ' ')
      .replace(/\|/g, ' ')
      // Heading and list markers: "1." of an ordered list would otherwise count as the word "1".
      .replace(/^ {0,3}#{1,6}(?=\s|$)/gm, ' ')
      .replace(/\s#+\s*$/gm, ' ')
      .replace(/^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+/gm, ' ')
      // Emphasis: "*" and "~" join nothing in prose; "_" is emphasis only at a word edge (snake_case stays one word).
      .replace(/[*~]+/g, '')
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
      .replace(/`+/g, '')
      // Entities such as &nbsp; would otherwise be counted as the word "nbsp".
      .replace(/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, ' ')
  );
}

/**
 * Counts the words a reader reads in a Markdown/MDX body. Uses `Intl.Segmenter` rather than
 * splitting on spaces or `\w`, so Cyrillic, Romanian ș/ț, Spanish ñ and Ukrainian words with an
 * apostrophe (об’єкт) each count as one word.
 * @param locale BCP-47 tag for the segmenter; the locale-neutral `'und'` suits all five site languages.
 * @example countWords('---\ntitle: X\n---\n# Об’єкт і [суб’єкт](https://x.org)') // 3
 */
export function countWords(markdown: string, locale = 'und'): number {
  let words = 0;
  for (const segment of segmenterFor(locale).segment(readableText(markdown))) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/**
 * Whole minutes to read `words` words, rounded up and never below 1 so a short note never says "0 min".
 * @example readingMinutes(201) // 2
 * @example readingMinutes(0) // 1
 */
export function readingMinutes(words: number, wordsPerMinute = 200): number {
  // Fail loudly: a NaN here would be printed on every article as "NaN min".
  if (!Number.isFinite(words) || words < 0) throw new RangeError(`Word count must be a non-negative number, got ${words}`);
  if (!Number.isFinite(wordsPerMinute) || wordsPerMinute <= 0) {
    throw new RangeError(`Words per minute must be a positive number, got ${wordsPerMinute}`);
  }
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
