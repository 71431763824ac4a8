import { describe, it, expect } from 'vitest';
import { buildToc, buildSectionToc, shouldShowToc, type TocHeading } from '../../../src/lib/page-data/toc';

const h = (depth: number, slug: string, text = slug): TocHeading => ({ depth, slug, text });

describe('buildToc', () => {
  it('nests each h3 under the h2 before it', () => {
    const toc = buildToc([h(2, 'goals'), h(3, 'year-one'), h(3, 'year-two'), h(2, 'partners'), h(3, 'romania')]);
    expect(toc).toEqual([
      { depth: 2, slug: 'goals', text: 'goals', children: [
        { depth: 3, slug: 'year-one', text: 'year-one', children: [] },
        { depth: 3, slug: 'year-two', text: 'year-two', children: [] },
      ] },
      { depth: 2, slug: 'partners', text: 'partners', children: [
        { depth: 3, slug: 'romania', text: 'romania', children: [] },
      ] },
    ]);
  });

  it('keeps Cyrillic slugs and texts exactly as Astro produced them', () => {
    const toc = buildToc([h(2, 'мета-проєкту', 'Мета проєкту'), h(3, 'об’єкти', 'Об’єкти')]);
    expect(toc[0]).toMatchObject({ slug: 'мета-проєкту', text: 'Мета проєкту' });
    expect(toc[0]?.children[0]).toMatchObject({ slug: 'об’єкти', text: 'Об’єкти' });
  });

  it('puts an h3 that comes before any h2 at the top level', () => {
    const toc = buildToc([h(3, 'intro'), h(2, 'body'), h(3, 'detail')]);
    expect(toc.map((i) => i.slug)).toEqual(['intro', 'body']);
    expect(toc[0]?.children).toEqual([]);
    expect(toc[1]?.children.map((i) => i.slug)).toEqual(['detail']);
  });

  it('ignores h4 and deeper headings, and an h3 after an h4 still nests under the h2', () => {
    const toc = buildToc([h(2, 'a'), h(4, 'deep'), h(3, 'b'), h(5, 'deeper')]);
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'a', children: [{ depth: 3, slug: 'b', text: 'b', children: [] }] }]);
  });

  it('ignores h1 and does not file an h3 after an h1 under an earlier h2', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(1, 'appendix'), h(3, 'b')]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children).toEqual([]);
  });

  it('honours custom depth limits and nests three levels deep', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'b'), h(4, 'c'), h(5, 'd')], { maxDepth: 4 });
    expect(toc[0]?.children[0]?.children.map((i) => i.slug)).toEqual(['c']);
    expect(buildToc([h(2, 'a'), h(3, 'b')], { minDepth: 3 }).map((i) => i.slug)).toEqual(['b']);
  });

  it('returns an empty list for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });

  it('does not mutate or reuse the input headings', () => {
    const input = [h(2, 'a')];
    const toc = buildToc(input);
    expect(toc[0]).not.toBe(input[0]);
    expect(input[0]).not.toHaveProperty('children');
  });

  it('rejects depth limits outside 1–6 or in the wrong order with a RangeError', () => {
    expect(() => buildToc([], { minDepth: 0 })).toThrow(RangeError);
    expect(() => buildToc([], { maxDepth: 7 })).toThrow(RangeError);
    expect(() => buildToc([], { minDepth: 4, maxDepth: 3 })).toThrow('minDepth (4) must not exceed maxDepth (3)');
  });
});

describe('shouldShowToc', () => {
  it('shows a table of contents for three h2/h3 headings', () => {
    expect(shouldShowToc([h(2, 'a'), h(3, 'b'), h(2, 'c')])).toBe(true);
  });

  it('hides it for two h2/h3 headings', () => {
    expect(shouldShowToc([h(2, 'a'), h(3, 'b')])).toBe(false);
  });

  it('does not count h1 or h4 headings towards the three', () => {
    expect(shouldShowToc([h(1, 'x'), h(2, 'a'), h(4, 'y'), h(3, 'b'), h(5, 'z')])).toBe(false);
  });
});

describe('buildSectionToc', () => {
  it('lists the h2 sections only, leaving their h3 subsections out', () => {
    const toc = buildSectionToc([h(2, 'goals'), h(3, 'year-one'), h(3, 'year-two'), h(2, 'partners'), h(4, 'deep')]);
    expect(toc).toEqual([
      { depth: 2, slug: 'goals', text: 'goals', children: [] },
      { depth: 2, slug: 'partners', text: 'partners', children: [] },
    ]);
  });

  it('is empty for a short page and for a page with a single section, however many subsections it has', () => {
    expect(buildSectionToc([h(2, 'a'), h(2, 'b')])).toEqual([]);
    expect(buildSectionToc([h(2, 'only'), h(3, 'x'), h(3, 'y'), h(3, 'z')])).toEqual([]);
  });

  it('leaves out an h3 that comes before any h2 rather than listing it as a section', () => {
    expect(buildSectionToc([h(3, 'intro'), h(2, 'a'), h(2, 'b')]).map((i) => i.slug)).toEqual(['a', 'b']);
  });
});
