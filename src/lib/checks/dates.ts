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

/**
 * Finds date fields in a Markdown file's frontmatter that are not real YYYY-MM-DD dates.
 * @returns one message per bad field, naming the file, the field, the line and what is allowed.
 */
export function findInvalidDates(source: string, file: string): string[] {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return [];
  const problems: string[] = [];
  for (let i = 1; i < lines.length && lines[i]!.trim() !== '---'; i++) {
    const m = /^(\w+):\s*(.*?)\s*(?:#.*)?$/.exec(lines[i]!);
    if (!m || !(dateFields as readonly string[]).includes(m[1]!)) continue;
    const value = m[2]!.replace(/^['"]|['"]$/g, '');
    if (!isCalendarDate(value)) {
      problems.push(
        `${file}:${i + 1}: field "${m[1]}" is "${value}", which is not a calendar date. ` +
          `Write it as YYYY-MM-DD, for example ${m[1]}: 2025-02-13.`,
      );
    }
  }
  return problems;
}
