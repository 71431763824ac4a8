import { diffLines, diffWordsWithSpace } from 'diff';
import { translatedParts } from './freshness';

/** One line of the original that a translator has to look at: new in the original, or gone from it. */
export interface ChangedLine {
  kind: 'added' | 'removed';
  text: string;
  /**
   * The line in pieces, `changed` on the words that differ from the line it replaces (a Markdown
   * paragraph is one line, so a changed sentence would otherwise show as a whole paragraph twice);
   * one unchanged piece for a line with no counterpart.
   */
  segments: { text: string; changed: boolean }[];
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
  const changes = diffLines(old, now);
  const changed: ChangedLine[] = [];
  const linesOf = (value: string) => value.split('\n').filter((line) => line.trim() !== '');
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) continue;
    const next = changes[i + 1];
    if (change.removed && next?.added) {
      // A replaced block: pair its lines in order and mark the words that differ.
      const removed = linesOf(change.value);
      const added = linesOf(next.value);
      const pairs = Math.min(removed.length, added.length);
      const marked = removed.slice(0, pairs).map((line, at) => markWords(line, added[at]!));
      changed.push(...removed.map((text, at) => ({ kind: 'removed' as const, text, segments: marked[at]?.removed ?? [{ text, changed: false }] })));
      changed.push(...added.map((text, at) => ({ kind: 'added' as const, text, segments: marked[at]?.added ?? [{ text, changed: false }] })));
      i++;
      continue;
    }
    const kind: ChangedLine['kind'] = change.added ? 'added' : 'removed';
    changed.push(...linesOf(change.value).map((text): ChangedLine => ({ kind, text, segments: [{ text, changed: false }] })));
  }
  return {
    lines: changed.slice(0, maxLines),
    more: Math.max(0, changed.length - maxLines),
    added: changed.filter((l) => l.kind === 'added').length,
    removed: changed.filter((l) => l.kind === 'removed').length,
  };
}

/** The words that differ between a removed line and the line that replaced it, as pieces of each. */
function markWords(removed: string, added: string) {
  const parts = diffWordsWithSpace(removed, added);
  return {
    removed: joinSegments(parts.filter((p) => !p.added).map((p) => ({ text: p.value, changed: p.removed }))),
    added: joinSegments(parts.filter((p) => !p.removed).map((p) => ({ text: p.value, changed: p.added }))),
  };
}

/** Neighbouring pieces of the same kind as one, and a space between two changed words as part of the change. */
function joinSegments(segments: { text: string; changed: boolean }[]) {
  const joined: { text: string; changed: boolean }[] = [];
  segments.forEach((segment, at) => {
    const changed = segment.changed || (/^\s+$/.test(segment.text) && segments[at - 1]?.changed === true && segments[at + 1]?.changed === true);
    const last = joined.at(-1);
    if (last && last.changed === changed) last.text += segment.text;
    else joined.push({ text: segment.text, changed });
  });
  return joined;
}
