/**
 * English wording for chart data error messages. Those messages are for the repository's authors
 * and surface as build errors, which are in English like the rest of the tooling, so no
 * translation function is involved.
 */

/**
 * Names what an author wrote where something else was expected, so the message shows it.
 *
 * @example
 * describeValue([1, 2]); // 'an array'
 * describeValue(2024); // '2024 (a number)'
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (a ${typeof value})`;
}

/**
 * A count with its noun, which only ever needs a plural "s" in these messages.
 *
 * @example
 * formatCount(1, 'cell'); // '1 cell'
 * formatCount(3, 'value'); // '3 values'
 */
export function formatCount(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
