import { describe, it, expect } from 'vitest';
import { scheduledDay } from '../../../src/lib/content/schedule';

describe('scheduledDay', () => {
  it('gives the day of a pubDate after today, and nothing for today, earlier days or no date', () => {
    expect(scheduledDay(new Date('2030-06-15'), '2030-06-14')).toBe('2030-06-15');
    expect(scheduledDay(new Date('2031-01-01'), '2030-12-31')).toBe('2031-01-01');
    expect(scheduledDay(new Date('2030-06-15'), '2030-06-15')).toBeUndefined();
    expect(scheduledDay(new Date('2030-06-14'), '2030-06-15')).toBeUndefined();
    expect(scheduledDay(undefined, '2030-06-15')).toBeUndefined();
  });

  it('reads the pubDate as the calendar day in UTC, as frontmatter dates are parsed', () => {
    // A Date late in the UTC day is still that day: no local time zone moves it.
    expect(scheduledDay(new Date('2030-06-15T23:59:59Z'), '2030-06-15')).toBeUndefined();
    expect(scheduledDay(new Date('2030-06-16T00:00:00Z'), '2030-06-15')).toBe('2030-06-16');
  });

  it('refuses a today that is not a calendar day, and an invalid pubDate', () => {
    expect(() => scheduledDay(new Date('2030-06-15'), '2030-6-15')).toThrow(RangeError);
    expect(() => scheduledDay(new Date('2030-06-15'), new Date().toString())).toThrow(/YYYY-MM-DD/);
    expect(() => scheduledDay(new Date('not a date'), '2030-06-15')).toThrow(/pubDate is not a valid date/);
  });
});
