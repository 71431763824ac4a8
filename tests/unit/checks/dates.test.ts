import { describe, it, expect } from 'vitest';
import { findInvalidDates, isCalendarDate } from '../../../src/lib/checks/dates';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';

const datesIn = (frontmatter: string) => findInvalidDates(parseMarkdownSource(`---\ntitle: A title\n${frontmatter}---\nBody\n`));

describe('isCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate(' 2025-02-13 ')).toBe(true);
  });

  it('refuses a time or time zone, which would show readers another day', () => {
    expect(isCalendarDate('2025-02-13T10:00:00Z')).toBe(false);
    expect(isCalendarDate('2025-02-13T23:30:00-05:00')).toBe(false);
    expect(isCalendarDate('2025-02-13 10:00')).toBe(false);
  });

  it('refuses dates that do not exist and other formats', () => {
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-45')).toBe(false);
    expect(isCalendarDate('13.02.2025')).toBe(false);
  });
});

describe('findInvalidDates', () => {
  it('reads the date as written, which YAML would have rolled over, naming the line', () => {
    expect(datesIn('pubDate: 2025-13-45\n')).toEqual([
      {
        line: 3,
        field: 'pubDate',
        message: 'field "pubDate" is "2025-13-45", which is not a calendar date. Write it as YYYY-MM-DD, for example pubDate: 2025-02-13.',
      },
    ]);
  });

  it('accepts quoted dates and dates followed by a comment', () => {
    expect(datesIn('pubDate: "2025-02-13"\nupdatedDate: 2025-03-01 # corrected\n')).toEqual([]);
  });

  it('reports text that is not a date at all', () => {
    expect(datesIn('updatedDate: next spring\n').map((p) => `${p.field}:${p.line}`)).toEqual(['updatedDate:3']);
  });

  it('leaves fields that are not dates alone', () => {
    expect(datesIn('location: 2025-13-45\n')).toEqual([]);
  });

  it.each([`"pubDate": 2025-02-30`, `pubDate : 2025-13-45`, `'pubDate': 2025-02-31`, `"pubDate" : 2025-02-31`, `pubDate: !!timestamp 2025-02-31`, `pubDate:\n  2025-02-31`])(
    'reads the date whatever the spelling of the key or value: %s',
    (line) => {
      expect(datesIn(`${line}\n`).map((p) => `${p.field}:${p.line}`)).toEqual(['pubDate:3']);
    },
  );

  it('finds a date under an explicit YAML key, pointing at the frontmatter', () => {
    expect(datesIn('? pubDate\n: 2025-02-31\n').map((p) => p.field)).toEqual(['pubDate']);
  });

  it('refuses a time with a zone, suggesting the day as written', () => {
    expect(datesIn('pubDate: 2025-02-13T23:30:00-05:00\n')[0]?.message).toBe(
      'field "pubDate" is "2025-02-13T23:30:00-05:00", which has a time or time zone; dates are written as the day only, so readers see the day you meant. Write it as YYYY-MM-DD, for example pubDate: 2025-02-13.',
    );
  });

  it('refuses a number, which YAML does not read as a date', () => {
    expect(datesIn('pubDate: 1739404800\n')[0]?.message).toMatch(/^field "pubDate" is "1739404800", which is not a calendar date/);
  });

  it('leaves an empty value to the schema, which says it is required', () => {
    expect(datesIn('pubDate:\n')).toEqual([]);
  });
});

describe('findInvalidDates with a tag the core YAML types lack', () => {
  it('still reads the date on its key line', () => {
    expect(datesIn('pubDate: 2025-02-31\nextra: !!set { a }\n').map((p) => `${p.field}:${p.line}`)).toEqual(['pubDate:3']);
  });
});
