import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/lib/format/iso-date';
import { truncateAtWord } from '../../../src/lib/format/truncate';

describe('isoDate', () => {
  it('writes the UTC calendar date, whatever the time of day', () => {
    expect(isoDate(new Date('2025-02-13'))).toBe('2025-02-13');
    expect(isoDate(new Date('2025-02-13T23:59:59Z'))).toBe('2025-02-13');
  });
  it('refuses an invalid date, naming the field', () => {
    expect(() => isoDate(new Date('x'), 'pubDate')).toThrow('pubDate is not a valid date');
  });
});

describe('truncateAtWord', () => {
  it('leaves text that fits alone, with its spaces normalised', () => {
    expect(truncateAtWord('  Kickoff \n in   Cluj ', 20)).toBe('Kickoff in Cluj');
  });
  it('cuts at the last word boundary and adds an ellipsis within the limit', () => {
    const cut = truncateAtWord('Market entry for Ukrainian IT companies', 20);
    expect(cut).toBe('Market entry for…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(20);
  });
  it('cuts a long unbroken word mid-word rather than losing most of the text', () => {
    expect(truncateAtWord(`a ${'b'.repeat(60)}`, 30)).toBe(`a ${'b'.repeat(27)}…`);
  });
  it('never splits a grapheme: emoji, flags and combining accents stay whole', () => {
    expect(truncateAtWord('🇺🇦'.repeat(12), 10)).toBe(`${'🇺🇦'.repeat(9)}…`);
    expect(truncateAtWord('e\u0301'.repeat(12), 10)).toBe(`${'e\u0301'.repeat(9)}…`);
  });
  it('drops punctuation left before the ellipsis', () => {
    expect(truncateAtWord(`${'a'.repeat(18)}, tail words`, 20)).toBe(`${'a'.repeat(18)}…`);
  });
  it('works the same in Cyrillic', () => {
    expect(truncateAtWord('Вихід українських ІТ-компаній на ринок ЄС', 25)).toBe('Вихід українських…');
  });
});
