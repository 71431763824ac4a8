/**
 * Calendar date (YYYY-MM-DD) in UTC, for `<time datetime>`, JSON-LD, search sort keys and new files.
 * Frontmatter dates are parsed as UTC midnight, so formatting in the build machine's local zone could
 * move an article to the previous day. Throws on an invalid Date instead of printing "Invalid Date".
 * @example isoDate(new Date('2025-02-13')) // '2025-02-13'
 */
export function isoDate(date: Date, field = 'date'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${field} is not a valid date`);
  return date.toISOString().slice(0, 10);
}
