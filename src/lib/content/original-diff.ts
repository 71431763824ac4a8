import { diffLines } from 'diff';
import { translatedParts } from './freshness';

/** One line of the original that a translator has to look at: new in the original, or gone from it. */
export interface ChangedLine {
  kind: 'added' | 'removed';
  text: string;
}

/** What changed in an original since its translation was last in step, as the status page shows it. */
export interface OriginalDiff {
  /** The changed lines in order, at most `maxLines` of them. */
  lines: ChangedLine[];
  /** How many changed lines were left out after `lines` (0 when none were). */
  more: number;
  added: number;
  removed: number;
}

/**
 * The text of a file as a translator sees it, one comparable line per field and per Markdown line: the
 * translated frontmatter fields as `key: value` (sorted; neutral fields and `draft` left out, so a new
 * date or topic never shows as a change), a blank line, then the body. A file whose frontmatter does
 * not parse is shown whole.
 * @example translatableText('---\ntitle: Hi\npubDate: 2025-01-01\n---\n\nText\n', ['pubDate']) // 'title: Hi\n\nText'
 */
export function translatableText(text: string, neutral: readonly string[]): string {
  const parts = translatedParts(text, neutral);
  if ('unparsed' in parts) return parts.unparsed.replace(/\n+$/, '');
  const fields = Object.entries(parts.fields).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return [...fields, '', parts.body].join('\n');
}

/**
 * The lines added to and removed from an original's translatable text between two versions (`before`
 * undefined: the original did not exist then, so every line is new), the first `maxLines` of them and
 * a count of the rest, so the status page stays small however much changed. Blank lines are left out.
 * @example diffOriginal('---\ntitle: Hi\n---\nOld line.\n', '---\ntitle: Hi\n---\nNew line.\n', []).lines
 * // [{ kind: 'removed', text: 'Old line.' }, { kind: 'added', text: 'New line.' }]
 */
export function diffOriginal(before: string | undefined, after: string, neutral: readonly string[], { maxLines = 30 } = {}): OriginalDiff {
  const old = before === undefined ? '' : `${translatableText(before, neutral)}\n`;
  const now = `${translatableText(after, neutral)}\n`;
  const changed: ChangedLine[] = diffLines(old, now).flatMap((change) => {
    if (!change.added && !change.removed) return [];
    const kind = change.added ? 'added' : 'removed';
    return change.value
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((text) => ({ kind, text }));
  });
  return {
    lines: changed.slice(0, maxLines),
    more: Math.max(0, changed.length - maxLines),
    added: changed.filter((l) => l.kind === 'added').length,
    removed: changed.filter((l) => l.kind === 'removed').length,
  };
}
