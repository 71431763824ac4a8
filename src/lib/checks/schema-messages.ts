/**
 * Schema issues in words an editor understands: one line per problem, naming the field as written
 * in the file (the second topic, not "topics.1"), the value given, what is allowed and the fix. The
 * build's content checks and npm run check:content both print these (through content-tree.ts), so a
 * message never reads one way in one tool and another way in the other.
 */
import type { z } from 'astro/zod';
import { editDistance } from '../search/lexicon';

/** The most similar allowed value to a mistyped one, when it is a likely typo (a few edits away). */
export function closestValue(value: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(value.length / 4)));
  let best: { value: string; distance: number } | undefined;
  for (const candidate of allowed) {
    const { distance } = editDistance(value.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < (best?.distance ?? Infinity)) best = { value: candidate, distance };
  }
  return best?.value;
}

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/**
 * The field as an editor finds it in the file: keys joined with dots, list positions counted from 1.
 * @example describeField(['topics', 1]) // 'field "topics" (the 2nd item)'
 * @example describeField(['downloads', 0, 'file']) // 'field "file" of the 1st item of "downloads"'
 */
export function describeField(path: readonly PropertyKey[]): string {
  const parts = path.map((p) => (typeof p === 'number' ? p : String(p)));
  const lastIndex = parts.findLastIndex((p) => typeof p === 'number');
  if (lastIndex < 0) return `field "${parts.join('.')}"`;
  const list = parts.slice(0, lastIndex).join('.');
  const item = `the ${ordinal((parts[lastIndex] as number) + 1)} item`;
  const rest = parts.slice(lastIndex + 1).join('.');
  return rest ? `field "${rest}" of ${item} of "${list}"` : `field "${list}" (${item})`;
}

/** A value as an editor wrote it, for a message: text in quotes, lists and objects in YAML's flow style. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);
  if (value === null) return 'empty';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  if (typeof value === 'object') return '{ … }';
  return String(value);
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, e.g. [a, b]',
  object: 'a group of indented fields',
  date: 'a date, YYYY-MM-DD',
};

const valueAt = (data: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), data);

/**
 * One schema issue as an editor reads it: `<field>: <what is wrong with the value given>. <What is allowed, the fix>`.
 * Messages the schemas write themselves (src/lib/content/schemas.ts) are kept; zod's generic ones
 * ("Invalid option: expected one of …", "Invalid input: expected number, received string") are replaced.
 * @example describeSchemaIssue({ code: 'invalid_value', values: ['networking'], path: ['topics', 0], message: '' }, { topics: ['netwrking'] })
 * // 'field "topics" (the 1st item): "netwrking" is not one of the allowed values. Did you mean "networking"? Allowed: networking.'
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, data: unknown, pathPrefix: readonly PropertyKey[] = []): string {
  const path = [...pathPrefix, ...issue.path];
  const field = describeField(path);
  const value = valueAt(data, issue.path);
  // A message the schema wrote itself already says what to do; zod's own start with "Invalid".
  if (!issue.message.startsWith('Invalid')) return `${field}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? closestValue(value, allowed) : undefined;
      return (
        `${field}: ${showValue(value)} is not one of the allowed values.` +
        (suggestion ? ` Did you mean "${suggestion}"?` : '') +
        ` Allowed: ${allowed.join(', ')}.`
      );
    }
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? issue.expected;
      if (value === undefined) return `${field}: Required: add it, as ${expected}.`;
      return `${field}: must be ${expected}, but is ${showValue(value)}.`;
    }
    case 'invalid_union':
      return `${field}: ${showValue(value)} is not a value this field takes.`;
    default:
      return `${field}: ${issue.message}`;
  }
}
