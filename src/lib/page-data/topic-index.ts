/** One row of the topics index. */
export interface TopicIndexRow {
  key: string;
  label: string;
  count: number;
  href: string;
}

/**
 * Orders topics alphabetically in the reader's language, so a reader can scan for a topic by name;
 * the vocabulary's own order means nothing to them. Ties (same label) keep the key order.
 * @example sortTopicsByLabel([{ key: 'b', label: 'Știri', count: 1, href: '' }, { key: 'a', label: 'Sud', count: 2, href: '' }], 'ro-RO')
 * // → Sud, Știri (Romanian sorts ș after s)
 */
export function sortTopicsByLabel<T extends TopicIndexRow>(rows: readonly T[], intlLocale: string): T[] {
  const collator = new Intl.Collator(intlLocale, { sensitivity: 'base' });
  return [...rows].sort((a, b) => collator.compare(a.label, b.label) || a.key.localeCompare(b.key));
}
