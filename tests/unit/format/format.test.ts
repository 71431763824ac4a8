import { describe, it, expect } from 'vitest';
import { isoDate } from '../../../src/lib/format/iso-date';
import { countGraphemes, truncateAtWord } from '../../../src/lib/format/truncate';
import { findInvisibleCharacter, stripInvisibleCharacters } from '../../../src/lib/format/invisible-characters';

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

describe('countGraphemes', () => {
  it('counts what a reader sees: a family emoji, a flag and a combining accent are one character each', () => {
    expect(countGraphemes('👩‍👩‍👧‍👦')).toBe(1);
    expect(countGraphemes('🇺🇦 UA')).toBe(4);
    expect(countGraphemes('e\u0301')).toBe(1);
    expect(countGraphemes('')).toBe(0);
  });
});

describe('findInvisibleCharacter', () => {
  it('names a bidi control by its code point and what it does', () => {
    expect(findInvisibleCharacter('\u202Egnp.exe')).toBe('U+202E (a bidirectional control, which reorders the text readers see)');
    expect(findInvisibleCharacter('a\u2066b')).toMatch(/^U\+2066 /);
  });

  it('names zero-width characters', () => {
    expect(findInvisibleCharacter('clu\u200Bster')).toBe('U+200B (a zero-width space)');
    expect(findInvisibleCharacter('\uFEFFTitle')).toBe('U+FEFF (a zero-width no-break space)');
    expect(findInvisibleCharacter('word\u2060joiner')).toBe('U+2060 (a word joiner)');
    expect(findInvisibleCharacter('a\u200Db')).toBe('U+200D (a zero-width joiner)');
  });

  it('allows the joiner inside an emoji sequence, and plain text of any script', () => {
    expect(findInvisibleCharacter('👩‍💻 Developers, 👩‍👩‍👧‍👦 families, 👩🏽‍💻 🏳️‍🌈 🏴‍☠️')).toBeUndefined();
    expect(findInvisibleCharacter('Кластер “Харків” — ș ț')).toBeUndefined();
  });
});

describe('stripInvisibleCharacters', () => {
  it('drops zero-width, bidi, soft-hyphen and direction-mark characters and keeps the rest', () => {
    expect(stripInvisibleCharacters('clu\u200Bs\u00ADter \u202Eexport\u202C')).toBe('cluster export');
    expect(stripInvisibleCharacters('ș ț кластер')).toBe('ș ț кластер');
  });
});
