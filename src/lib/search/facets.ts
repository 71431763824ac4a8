/**
 * Faceted filters for the search page: which filter groups and options to show, and with what counts.
 * Options of one group are alternatives (any of them), groups narrow each other (all of them), so an
 * option's count is what checking it would give: the query with the other groups' filters, not its own
 * group's (a checked "Guide" must not make "News" read 0). Dependency-free: ships with the search element.
 */

/** Result counts per filter key and value, as Pagefind reports them (`search().filters`). */
export type FacetCounts = Partial<Record<string, Record<string, number>>>;
/** The reader's checked values per filter key. */
export type FacetSelection = ReadonlyMap<string, ReadonlySet<string>>;

export interface FacetOption {
  value: string;
  count: number;
  checked: boolean;
  /** The count as the label shows it after the value, e.g. "(4)": "Guide (4)". */
  countText: string;
}

export interface FacetGroup {
  key: string;
  options: FacetOption[];
}

/**
 * The selection as Pagefind filters, optionally without one key's own values.
 * @example toPagefindFilters(new Map([['type', new Set(['Guide'])], ['year', new Set(['2025'])]]), 'type') // { year: { any: ['2025'] } }
 */
export function toPagefindFilters(selected: FacetSelection, except?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [key, values] of selected) if (key !== except && values.size) filters[key] = { any: [...values] };
  return filters;
}

/**
 * Keys with at least one checked value: their counts need a search without their own filter.
 * @example activeFacetKeys(new Map([['type', new Set(['Guide'])], ['topic', new Set()]])) // ['type']
 */
export function activeFacetKeys(selected: FacetSelection): string[] {
  return [...selected].filter(([, values]) => values.size > 0).map(([key]) => key);
}

/**
 * An option's count in the reader's number format, written into its label so screen readers hear it too.
 * @example formatFacetCount(1234, 'en-GB') // '(1,234)'
 */
export function formatFacetCount(count: number, intl: string): string {
  return `(${count.toLocaleString(intl)})`;
}

/**
 * The groups to show, in `keys` order, options alphabetical in the reader's language. An option with no
 * result is left out unless it is checked (the reader must be able to uncheck it); a group is shown
 * only when it offers a choice, two options or more, or holds a checked one: "Year: 2025" alone filters
 * nothing.
 * @example buildFacetGroups(['type', 'year'], { type: { Guide: 4, News: 1 }, year: { '2025': 5 } }, new Map(), 'en-GB')
 * // [{ key: 'type', options: [Guide (4), News (1)] }]
 */
export function buildFacetGroups(keys: readonly string[], counts: FacetCounts, selected: FacetSelection, intl: string): FacetGroup[] {
  const groups: FacetGroup[] = [];
  for (const key of keys) {
    const checked = selected.get(key) ?? new Set<string>();
    const available = counts[key] ?? {};
    const values = new Set([...Object.keys(available).filter((v) => (available[v] ?? 0) > 0), ...checked]);
    const options = [...values]
      .sort((a, b) => a.localeCompare(b, intl))
      .map((value) => {
        const count = available[value] ?? 0;
        return { value, count, checked: checked.has(value), countText: formatFacetCount(count, intl) };
      });
    if (options.length >= 2 || options.some((o) => o.checked)) groups.push({ key, options });
  }
  return groups;
}
