/**
 * Table of contents from the headings Astro extracts when it renders Markdown/MDX.
 */

/** The shape of Astro's `MarkdownHeading` (what `render(entry)` returns as `headings`). */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  depth: number;
  slug: string;
  text: string;
  children: TocItem[];
}

export interface TocOptions {
  /** Shallowest heading level listed; 2 because the page's h1 is its title, not a section. */
  minDepth?: number;
  /** Deepest heading level listed; deeper levels make the list longer than it is useful. */
  maxDepth?: number;
}

function checkDepth(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 6) {
    throw new RangeError(`${name} must be a heading level from 1 to 6, got ${value}`);
  }
}

/**
 * Nests headings between `minDepth` and `maxDepth` under the closest shallower heading before them
 * (an h3 under the preceding h2). A heading with no shallower heading before it (an h3 at the top of
 * an article) stays top-level rather than disappearing; other levels are left out.
 * @example buildToc([{ depth: 2, slug: 'цілі', text: 'Цілі' }, { depth: 3, slug: 'етапи', text: 'Етапи' }])
 * // [{ depth: 2, slug: 'цілі', text: 'Цілі', children: [{ depth: 3, slug: 'етапи', text: 'Етапи', children: [] }] }]
 */
export function buildToc(headings: readonly TocHeading[], { minDepth = 2, maxDepth = 3 }: TocOptions = {}): TocItem[] {
  checkDepth('minDepth', minDepth);
  checkDepth('maxDepth', maxDepth);
  if (minDepth > maxDepth) throw new RangeError(`minDepth (${minDepth}) must not exceed maxDepth (${maxDepth})`);

  const top: TocItem[] = [];
  // Open sections, shallowest first: the last one shallower than a heading is that heading's parent.
  const open: TocItem[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth < minDepth) {
      // A heading above the listed range (e.g. a second h1) closes every open section, so a later h3
      // is not filed under an h2 that belongs to a different part of the page.
      open.length = 0;
      continue;
    }
    if (depth > maxDepth) continue;
    while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
    const item: TocItem = { depth, slug, text, children: [] };
    (open[open.length - 1]?.children ?? top).push(item);
    open.push(item);
  }
  return top;
}

/**
 * Whether a page is long enough to deserve a table of contents: at least three h2/h3 headings.
 * With fewer, the list repeats what the reader already sees on screen.
 * @example shouldShowToc([{ depth: 2, slug: 'a', text: 'A' }, { depth: 2, slug: 'b', text: 'B' }]) // false
 */
export function shouldShowToc(headings: readonly TocHeading[]): boolean {
  return headings.filter((h) => h.depth >= 2 && h.depth <= 3).length >= 3;
}

/**
 * The contents of an article as documentation sites show it: its sections (the h2 headings) only, so
 * the list stays short enough for a sidebar and a phone's collapsed box. Empty when the page is too
 * short for a ToC (see `shouldShowToc`) or has fewer than two sections, where a list would only
 * repeat the one heading the reader already sees.
 * @example buildSectionToc([{ depth: 2, slug: 'a', text: 'A' }, { depth: 3, slug: 'a1', text: 'A1' }, { depth: 2, slug: 'b', text: 'B' }]).map((i) => i.slug) // ['a', 'b']
 */
export function buildSectionToc(headings: readonly TocHeading[]): TocItem[] {
  if (!shouldShowToc(headings)) return [];
  const sections = buildToc(headings, { minDepth: 2, maxDepth: 2 });
  return sections.length >= 2 ? sections : [];
}
