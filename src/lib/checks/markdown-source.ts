/**
 * The one reader of a content file that every check uses: the build's content checks, npm run
 * check:content and the reading-time estimate. Frontmatter is parsed by Astro's own parser, so a file
 * the build cannot read is a file this reader cannot read either; fenced code follows CommonMark, so
 * a check never mistakes code for prose (or prose for code).
 */
import { readFileSync } from 'node:fs';
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';

/** One line of a file, numbered from 1 as an editor's text editor numbers it. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A top-level frontmatter key as written: where it is and the text after its colon. */
export interface FrontmatterKey {
  key: string;
  line: number;
  /** The value exactly as written on the key's line, comment and surrounding space removed. */
  written: string;
}

export interface MarkdownSource {
  /** The whole file. */
  text: string;
  /** The frontmatter as the build sees it (Astro's parser); `{}` when the file has none. */
  data: Record<string, unknown>;
  /** Top-level keys with their lines, in file order. */
  keys: readonly FrontmatterKey[];
  /**
   * First and last line of the frontmatter block, delimiters included, and its YAML text (for checks
   * that must read a value as written, before YAML turns it into something else); undefined when there is none.
   */
  frontmatter: { first: number; last: number; yaml: string } | undefined;
}

/** A file that cannot be read as Markdown at all: binary, not UTF-8, or frontmatter that is not YAML. */
export class MarkdownSourceError extends Error {
  readonly check: 'file' | 'yaml';
  readonly line: number | undefined;

  constructor(check: 'file' | 'yaml', message: string, line?: number) {
    super(message);
    this.name = 'MarkdownSourceError';
    this.check = check;
    this.line = line;
  }
}

const lineBreak = /\r?\n/;
/** `key: value` at the left margin (not a list item, not a comment), optionally quoted. */
const topLevelKey = /^(?!- )(["']?)([^\s"'#:][^"':]*?)\1\s*:(?:\s+(.*))?$/;

/** Where the frontmatter block starts in the file and its raw text, as Astro's extractor finds it. */
function locateFrontmatter(text: string): { offset: number; raw: string } | undefined {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return undefined;
  const yaml = text.indexOf(`---${raw}---`);
  const offset = yaml >= 0 ? yaml : text.indexOf(`+++${raw}+++`);
  return offset < 0 ? undefined : { offset, raw };
}

const linesBefore = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/**
 * A file that opens a frontmatter block (`---` on its first line) and never closes it: Astro then reads
 * the whole file as text, so every field seems missing and every YAML comment (`# …`) becomes a
 * heading. Refused with the line that opens the block and the last field, where the `---` belongs.
 */
function assertFrontmatterClosed(text: string): void {
  const lines = text.replace(/^\uFEFF/, '').split(lineBreak);
  if (lines[0]?.trim() !== '---') return;
  // The block as the editor meant it: fields, their indented or listed values and comments, up to the first blank line.
  let lastField = 1;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (!(topLevelKey.test(line) || /^(\s+\S|- |#)/.test(line))) break;
    lastField = i + 1;
  }
  throw new MarkdownSourceError(
    'yaml',
    `the frontmatter that starts on line 1 is not closed: add a line with only --- after line ${lastField}, the end of the fields, before the text.`,
    1,
  );
}

/**
 * The reason and 0-based line of a js-yaml or smol-toml parse error, or undefined for any other error
 * (which the caller rethrows). Read by shape, not by class: Astro's parser may load its own copy.
 */
export function describeParseError(error: unknown): { reason: string; index?: number } | undefined {
  if (!(error instanceof Error)) return undefined;
  if ('reason' in error && typeof error.reason === 'string') {
    const mark = 'mark' in error ? error.mark : undefined;
    const line = typeof mark === 'object' && mark !== null && 'line' in mark && typeof mark.line === 'number' ? mark.line : undefined;
    return line === undefined ? { reason: error.reason } : { reason: error.reason, index: line };
  }
  if (error.name === 'TomlError') {
    const reason = error.message.split('\n')[0] ?? error.message;
    const line = 'line' in error && typeof error.line === 'number' ? error.line - 1 : undefined;
    return line === undefined ? { reason } : { reason, index: line };
  }
  return undefined;
}

/**
 * Parses a content file's text: frontmatter exactly as Astro does, plus the line of every top-level key.
 * Throws a `MarkdownSourceError` (check "yaml") naming the line when the frontmatter does not parse.
 * @example parseMarkdownSource('---\ntitle: Hi\n---\nText').keys // [{ key: 'title', line: 2, written: 'Hi' }]
 */
export function parseMarkdownSource(text: string): MarkdownSource {
  const block = locateFrontmatter(text);
  if (!block) assertFrontmatterClosed(text);
  let data: Record<string, unknown>;
  try {
    data = parseFrontmatter(text, { frontmatter: 'preserve' }).frontmatter;
  } catch (error) {
    const parsed = describeParseError(error);
    if (!parsed) throw error;
    // The parser counts lines from the end of the opening delimiter, which sits on the block's first line.
    const line = block && parsed.index !== undefined ? linesBefore(text, block.offset) + parsed.index : undefined;
    // Name the field on that line, as the schema's messages do, when the line starts with a key.
    const field = line === undefined ? undefined : /^(["']?)([A-Za-z_][\w-]*)\1\s*:/.exec(text.split(lineBreak)[line - 1] ?? '')?.[2];
    const where = field ? `field "${field}": ` : '';
    throw new MarkdownSourceError(
      'yaml',
      parsed.reason === 'duplicated mapping key' && field
        ? `field "${field}" is written twice in the frontmatter, so YAML refuses the file. Keep one line.`
        : `${where}the frontmatter is not valid YAML (${parsed.reason}). Check that line: a value containing ": " or # needs quotes, ` +
            'list items need the same indentation, and every opening [ or { needs its closing one.',
      line,
    );
  }
  if (!block) return { text, data, keys: [], frontmatter: undefined };
  const first = linesBefore(text, block.offset);
  // The raw block starts right after the opening delimiter, on the delimiter's own line.
  const keys = findYamlKeys(block.raw, first);
  return { text, data, keys, frontmatter: { first, last: first + block.raw.split(lineBreak).length - 1, yaml: block.raw } };
}

/**
 * The top-level keys of a YAML text with their lines, for messages that point at a field. Keys are
 * found as written at the left margin; nested keys and list items are not listed.
 * @example findYamlKeys('title: Hi\ntopics: [a]\n', 10) // [{ key: 'title', line: 10, written: 'Hi' }, { key: 'topics', line: 11, … }]
 */
export function findYamlKeys(yaml: string, firstLine = 1): FrontmatterKey[] {
  const keys: FrontmatterKey[] = [];
  yaml.split(lineBreak).forEach((rawLine, index) => {
    const match = topLevelKey.exec(rawLine);
    if (match?.[2]) keys.push({ key: match[2], line: firstLine + index, written: (match[3] ?? '').replace(/\s+#.*$/, '').trim() });
  });
  return keys;
}

/**
 * Reads a content file from disk. A binary file or one that is not UTF-8 is refused with a message
 * saying what it is and what to do, instead of reaching the schema as a file "without a title".
 * @example readMarkdownSource('content/news/en/kickoff.md').data.title // 'ITBridge kicks off in Cluj-Napoca'
 */
export function readMarkdownSource(path: string): MarkdownSource {
  const bytes = readFileSync(path);
  // Git's test for binary content: a NUL byte near the start. Text never contains one.
  if (bytes.subarray(0, 8000).includes(0)) {
    throw new MarkdownSourceError(
      'file',
      'is not a text file but binary data (an image or document saved under a .md name?). Content files are UTF-8 Markdown: ' +
        'put images in public/ and downloads in public/downloads/, and delete or rename this file.',
    );
  }
  let text: string;
  try {
    // Keep a byte-order mark, as Astro does, so offsets match what the build reads.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new MarkdownSourceError('file', 'is not UTF-8 text, so accented and Cyrillic letters would be garbled. Save it as UTF-8 in your editor.');
  }
  return parseMarkdownSource(text);
}

/** Opening fence: up to three spaces, then three or more backticks or tildes, then an optional info string. */
const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** Closing fence: the same indentation limit, only fence characters and trailing space. */
const fenceClose = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * Every line of a Markdown text, marked as fenced code or not, by CommonMark's rules: a fence closes
 * only with the same character and at least as many of them, a backtick fence's info string has no
 * backtick (so "```js`x`" is inline code, not a fence), and an unclosed fence runs to the end.
 * Fence lines themselves count as code.
 * @example [...scanFencedLines('a\n```\n~~~\n```\nb')].filter((l) => !l.inCode).map((l) => l.text) // ['a', 'b']
 */
export function* scanFencedLines(text: string, firstLine = 1): Generator<SourceLine & { inCode: boolean }> {
  let fence: string | undefined;
  let line = firstLine;
  for (const lineText of text.split(lineBreak)) {
    if (fence) {
      const close = fenceClose.exec(lineText)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      yield { line, text: lineText, inCode: true };
    } else {
      const open = fenceOpen.exec(lineText);
      const opens = open?.[1] !== undefined && !(open[1][0] === '`' && open[2]!.includes('`'));
      if (opens) fence = open[1];
      yield { line, text: lineText, inCode: opens };
    }
    line += 1;
  }
}

/** The body of a source (everything after the frontmatter) with the file line it starts on. */
function bodyOf(source: MarkdownSource): { text: string; firstLine: number } {
  if (!source.frontmatter) return { text: source.text, firstLine: 1 };
  const lines = source.text.split(lineBreak);
  return { text: lines.slice(source.frontmatter.last).join('\n'), firstLine: source.frontmatter.last + 1 };
}

/**
 * Body lines outside fenced code, with their line numbers in the file: what the text rules read.
 * @example bodyLines(parseMarkdownSource('---\ntitle: x\n---\nText')) // [{ line: 4, text: 'Text' }]
 */
export function bodyLines(source: MarkdownSource): SourceLine[] {
  const body = bodyOf(source);
  const lines: SourceLine[] = [];
  for (const l of scanFencedLines(body.text, body.firstLine)) if (!l.inCode) lines.push({ line: l.line, text: l.text });
  return lines;
}

/**
 * Every line a reader sees as text: the frontmatter (title and description are prose too) and the
 * body outside fenced code. What orthography reads.
 */
export function proseLines(source: MarkdownSource): SourceLine[] {
  const head = source.frontmatter ? source.text.split(lineBreak).slice(0, source.frontmatter.last) : [];
  return [...head.map((text, index) => ({ line: index + 1, text })), ...bodyLines(source)];
}

/**
 * The text without its frontmatter, found as Astro finds it but not parsed: for code that only needs
 * the body (reading time) and must not fail on frontmatter the build has already validated.
 * @example stripFrontmatter('---\ntitle: x\n---\nText') // 'Text'
 */
export function stripFrontmatter(text: string): string {
  const block = locateFrontmatter(text);
  if (!block) return text;
  const end = block.offset + 3 + block.raw.length + 3;
  return text.slice(end).replace(/^[ \t]*\r?\n/, '');
}
