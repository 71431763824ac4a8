import { describe, it, expect } from 'vitest';
import { normalizeQuery, stemWord, isSearchable, maxQueryLength } from '../../../src/lib/search/query';

describe('stemWord', () => {
  it('reduces inflected Ukrainian words to a prefix shared by their other forms', () => {
    expect(stemWord('кластерів', 'uk')).toBe('кластер');
    expect(stemWord('кластерами', 'uk')).toBe('кластер');
    expect(stemWord('посібники', 'uk')).toBe('посібник');
    expect(stemWord('партнерами', 'uk')).toBe('партнер');
    expect('посібника'.startsWith(stemWord('посібників', 'uk'))).toBe(true);
  });

  it('reduces inflected Bulgarian words, definite articles included', () => {
    expect(stemWord('клъстерите', 'bg')).toBe('клъстер');
    expect(stemWord('ръководства', 'bg')).toBe('ръководств');
    expect('ръководство'.startsWith(stemWord('ръководства', 'bg'))).toBe(true);
    expect(stemWord('партньорите', 'bg')).toBe('партньор');
  });

  it('keeps a stem of at least four letters and leaves short words alone', () => {
    expect(stemWord('ЄС', 'uk')).toBe('єс');
    expect(stemWord('МСП', 'bg')).toBe('мсп');
    expect(stemWord('ринку', 'uk')).toBe('ринк');
    expect(stemWord('мова', 'uk')).toBe('мова');
  });

  it('leaves Latin words and other languages untouched', () => {
    expect(stemWord('GDPR', 'uk')).toBe('GDPR');
    expect(stemWord('clústeres', 'es')).toBe('clústeres');
  });
});

describe('normalizeQuery', () => {
  it('turns Romanian cedillas into comma-below letters', () => {
    expect(normalizeQuery('cooperare şi inovaţie', 'ro')).toBe('cooperare și inovație');
    expect(normalizeQuery('ŞTIRI ŢARĂ', 'ro')).toBe('ȘTIRI ȚARĂ');
  });

  it('turns every apostrophe form between letters into ’ and stems Ukrainian words', () => {
    expect(normalizeQuery("об'єднання", 'uk')).toBe('об’єднанн');
    expect(normalizeQuery('обʼєднання', 'uk')).toBe(normalizeQuery('об’єднання', 'uk'));
  });

  it('collapses spaces, trims and bounds the length', () => {
    expect(normalizeQuery('  EU   market\tentry ', 'en')).toBe('EU market entry');
    expect(normalizeQuery('a'.repeat(500), 'en')).toHaveLength(maxQueryLength);
  });

  it('keeps markup as plain text (the page never renders it as HTML)', () => {
    expect(normalizeQuery('<script>alert(1)</script>', 'en')).toBe('<script>alert(1)</script>');
  });

  it('stems each Bulgarian word of a multi-word query', () => {
    expect(normalizeQuery('ИТ клъстерите в ЕС', 'bg')).toBe('ит клъстер в ес');
  });
});

describe('isSearchable', () => {
  it('needs at least one letter or digit', () => {
    expect(isSearchable('')).toBe(false);
    expect(isSearchable('?!…  ,.')).toBe(false);
    expect(isSearchable('ЄС')).toBe(true);
    expect(isSearchable('2025')).toBe(true);
  });
});

describe('normalizeQuery and invisible characters', () => {
  it('drops zero-width, soft-hyphen and bidi characters pasted into a query', () => {
    expect(normalizeQuery('clu\u200Bster', 'en')).toBe('cluster');
    expect(normalizeQuery('ex\u00ADport \u202Emarket\u202C', 'en')).toBe('export market');
    expect(normalizeQuery('\u2066кластерів\u2069', 'uk')).toBe('кластер');
  });

  it('bounds a query without splitting an emoji', () => {
    const q = normalizeQuery('a'.repeat(maxQueryLength - 1) + '🇺🇦🇺🇦', 'en');
    expect(q.endsWith('a🇺🇦')).toBe(true);
    expect(q).toHaveLength(maxQueryLength - 1 + '🇺🇦'.length);
  });
});
