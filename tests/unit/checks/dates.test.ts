import { describe, it, expect } from 'vitest';
import { findInvalidDates, isCalendarDate } from '../../../src/lib/checks/dates';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';

const datesIn = (frontmatter: string) => findInvalidDates(parseMarkdownSource(`---\ntitle: A title\n${frontmatter}---\nBody\n`));

describe('isCalendarDate', () => {
  it('accepts real dates, with or without a time', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-13T10:00:00Z')).toBe(true);
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
});
