import type { MarkdownSource } from './markdown-source';

/**
 * True for a real calendar date written as YYYY-MM-DD (optionally followed by a time).
 * YAML turns `2025-13-45` into a valid but wrong Date by rolling over, so dates are checked as text.
 * @example isCalendarDate('2025-02-29') // false
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Frontmatter fields that hold dates. */
export const dateFields = ['pubDate', 'updatedDate'] as const;
export type DateField = (typeof dateFields)[number];

export interface DateProblem {
  line: number;
  field: DateField;
  message: string;
}

/**
 * Finds date fields in a file's frontmatter that are not real YYYY-MM-DD dates, read as written
 * (after YAML has parsed them, 2025-13-45 is already a valid date in 2026).
 * @returns one problem per bad field, with its line and what is allowed.
 * @example findInvalidDates(parseMarkdownSource('---\npubDate: 2025-13-45\n---\n'))[0]?.line // 2
 */
export function findInvalidDates(source: MarkdownSource): DateProblem[] {
  const problems: DateProblem[] = [];
  for (const { key, line, written } of source.keys) {
    const field = dateFields.find((f) => f === key);
    if (!field) continue;
    const value = written.replace(/^['"]|['"]$/g, '');
    if (!isCalendarDate(value)) {
      problems.push({
        line,
        field,
        message: `field "${field}" is "${value}", which is not a calendar date. Write it as YYYY-MM-DD, for example ${field}: 2025-02-13.`,
      });
    }
  }
  return problems;
}
