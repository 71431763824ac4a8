import { isoDate } from '../format/iso-date';

/**
 * Scheduled publication. An entry whose `pubDate` is after today is held back: the translation map
 * leaves it (and every translation of it) out of the published documents, so no page, listing, feed,
 * sitemap entry, search index, topic page or count includes it, until a build runs on or after that
 * day. Days are calendar dates in UTC, compared as YYYY-MM-DD: frontmatter dates are UTC midnight, and
 * "today" comes from one clock (`env.today`: ITBRIDGE_NOW, else the machine's date in UTC), so the
 * build machine's time zone never publishes a day early or late.
 */

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day a document is scheduled for, when that is after `today`; undefined when it may be
 * published now (dated today or earlier, or undated).
 * @example scheduledDay(new Date('2030-06-15'), '2030-06-14') // '2030-06-15'
 * @example scheduledDay(new Date('2030-06-15'), '2030-06-15') // undefined: published on the day itself
 */
export function scheduledDay(pubDate: Date | undefined, today: string): string | undefined {
  if (!calendarDay.test(today)) throw new RangeError(`today must be a calendar date written YYYY-MM-DD, got "${today}"`);
  if (!pubDate) return undefined;
  const day = isoDate(pubDate, 'pubDate');
  return day > today ? day : undefined;
}
