import { describe, it, expect } from 'vitest';
import { contentLocaleOf, tableHintAttributes, tableRegion } from '../../../src/lib/page-data/table-region';

describe('contentLocaleOf', () => {
  it('reads the locale from the folder of the content file', () => {
    expect(contentLocaleOf(new URL('file:///site/content/guides/uk/gdpr.md'))).toBe('uk');
    expect(contentLocaleOf(new URL('file:///site/content/studies/bg/study.mdx'))).toBe('bg');
  });

  it('falls back to the default locale outside a locale folder or without a file', () => {
    expect(contentLocaleOf(new URL('file:///site/content/guides/notes.md'))).toBe('en');
    expect(contentLocaleOf(undefined)).toBe('en');
  });
});

describe('tableRegion', () => {
  it('makes a focusable region named after the table’s heading', () => {
    const region = tableRegion('uk', 'Чекліст готовності', 2);
    expect(region.tagName).toBe('section');
    expect(region.attributes).toEqual({
      class: 'table-scroll',
      tabindex: '0',
      'aria-label': 'Чекліст готовності',
    });
  });

  it('names a table without a heading "Table" in the file’s language', () => {
    expect(tableRegion('ro', undefined, 2).attributes['aria-label']).toBe('Tabel');
    expect(tableRegion('bg', '  ', 2).attributes['aria-label']).toBe('Таблица');
  });

  it('adds the scroll hint for tables of three columns or more only', () => {
    expect(tableRegion('en', 'Checklist', 2).hint).toBeUndefined();
    expect(tableRegion('en', 'Checklist', 3).hint).toBe('Scroll sideways to see all columns');
    expect(tableRegion('es', 'Lista', 4).hint).toMatch(/^Desplácese/);
  });

  it('keeps the hint out of the search index and away from screen readers', () => {
    expect(tableHintAttributes).toMatchObject({ 'aria-hidden': 'true', 'data-pagefind-ignore': '' });
  });
});
