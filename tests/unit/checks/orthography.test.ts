import { describe, it, expect } from 'vitest';
import { findOrthographyProblems as findInSource } from '../../../src/lib/checks/orthography';
import { parseMarkdownSource } from '../../../src/lib/checks/markdown-source';
import type { Locale } from '../../../src/i18n/locales';

const findOrthographyProblems = (text: string, locale: Locale) => findInSource(parseMarkdownSource(text), locale);

describe('findOrthographyProblems', () => {
  it('accepts Romanian with comma-below letters', () => {
    expect(findOrthographyProblems('Cooperare și digitalizare în țările UE', 'ro')).toEqual([]);
  });

  it('refuses Romanian cedilla letters, naming the line', () => {
    const problems = findOrthographyProblems('Prima linie\nCooperare şi ţări', 'ro');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2 });
    expect(problems[0]!.message).toMatch(/write ș ț/);
  });

  it('accepts the Ukrainian apostrophe ’ and refuses the other forms between Cyrillic letters', () => {
    expect(findOrthographyProblems('об’єднання, м’ята', 'uk')).toEqual([]);
    for (const wrong of ["об'єднання", 'обʼєднання', 'об`єднання']) {
      expect(findOrthographyProblems(wrong, 'uk'), wrong).toHaveLength(1);
    }
  });

  it('leaves apostrophes in English words inside Ukrainian text alone', () => {
    expect(findOrthographyProblems("Проєкт ITBridge's partners", 'uk')).toEqual([]);
  });

  it('leaves place names to the termbase, which knows each language’s standard (Bulgarian Киев, Spanish Kiev)', () => {
    expect(findOrthographyProblems('Офис в Киев', 'bg')).toEqual([]);
    expect(findOrthographyProblems('Oficina en Kiev', 'es')).toEqual([]);
  });

  it('skips fenced code blocks', () => {
    expect(findOrthographyProblems("```\nşţ об'єкт Kiev\n```", 'uk')).toEqual([]);
  });

  it('keeps checking after a code block that contains the other fence character', () => {
    const problems = findOrthographyProblems("```\n~~~\nşi in code\n```\nşi in prose", 'ro');
    expect(problems.map((p) => p.line)).toEqual([5]);
  });

  it('checks the title and description in the frontmatter too, with their lines', () => {
    const problems = findOrthographyProblems('---\ntitle: Cooperare şi inovare\ndescription: O descriere\n---\nText.', 'ro');
    expect(problems.map((p) => p.line)).toEqual([2]);
  });
});
