import { CORE_SCHEMA, load as loadYaml, Type } from 'js-yaml';
import type { MarkdownSource } from './markdown-source';

/**
 * True for a real calendar date written as YYYY-MM-DD, and nothing else. A time or a time zone is
 * refused rather than converted: `2025-02-13T23:30:00-05:00` is 14 February in UTC, so any conversion
 * would show readers a different day from the one the editor wrote. YAML turns `2025-13-45` into a
 * valid but wrong Date by rolling over, so dates are checked as text.
 * @example isCalendarDate('2025-02-29') // false
 */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
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
 * YAML's core types, in which a timestamp stays the text the editor wrote, implicit (`2025-02-30`) or
 * tagged (`!!timestamp 2025-02-30`).
 */
const writtenDatesSchema = CORE_SCHEMA.extend({
  explicit: [new Type('tag:yaml.org,2002:timestamp', { kind: 'scalar', construct: (text: string) => text })],
});

/** The date fields' values as written, whatever the key's spelling (`'pubDate':`, `"pubDate" :`, `? pubDate`). */
function readWrittenDates(source: MarkdownSource & { frontmatter: { yaml: string } }): Partial<Record<DateField, unknown>> {
  let parsed: unknown;
  try {
    parsed = loadYaml(source.frontmatter.yaml, { schema: writtenDatesSchema });
  } catch {
    // Only tags the core types lack (!!binary, !!set) get here; fall back on the values written on the keys' lines.
    return Object.fromEntries(source.keys.flatMap((k) => (dateFields.some((f) => f === k.key) && k.written ? [[k.key, k.written.replace(/^(['"])(.*)\1$/, '$2')]] : [])));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  return Object.fromEntries(dateFields.filter((f) => Object.hasOwn(parsed, f)).map((f) => [f, (parsed as Record<string, unknown>)[f]]));
}

/**
 * Finds date fields in a file's frontmatter that are not real YYYY-MM-DD dates, read as written
 * (after YAML has parsed them, 2025-13-45 is already a valid date in 2026). The values are read
 * from the YAML itself, so no way of spelling the key escapes the check; an empty value is left to
 * the schema ("Required").
 * @returns one problem per bad field, with its line and what is allowed.
 * @example findInvalidDates(parseMarkdownSource('---\npubDate: 2025-13-45\n---\n'))[0]?.line // 2
 */
export function findInvalidDates(source: MarkdownSource): DateProblem[] {
  if (!source.frontmatter) return [];
  const written = readWrittenDates({ ...source, frontmatter: source.frontmatter });
  const problems: DateProblem[] = [];
  for (const field of dateFields) {
    const value = written[field];
    if (value === undefined || value === null) continue;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (typeof value === 'string' && isCalendarDate(value)) continue;
    const hasTime = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value.trim());
    problems.push({
      line: source.keys.find((k) => k.key === field)?.line ?? source.frontmatter.first,
      field,
      message: hasTime
        ? `field "${field}" is "${text}", which has a time or time zone; dates are written as the day only, so readers see the day you meant. Write it as YYYY-MM-DD, for example ${field}: ${value.trim().slice(0, 10)}.`
        : `field "${field}" is "${text}", which is not a calendar date. Write it as YYYY-MM-DD, for example ${field}: 2025-02-13.`,
    });
  }
  return problems;
}
