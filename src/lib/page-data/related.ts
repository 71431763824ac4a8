import type { MapEntry, TranslatedDocument } from '../content/translation-map';
import type { Topic } from '../content/taxonomy';
import { neutralOf } from '../content/neutral';

export interface RelatedOptions {
  /** How many documents to return. */
  limit?: number;
  /** Only documents of these collections (e.g. guides and studies under a guide). */
  collections?: readonly string[];
}

/**
 * Other documents that share topics with `doc`: most shared topics first, then newest `pubDate`,
 * then slug (and collection) so the order is the same on every build.
 * @example findRelated(map.get('guides', 'gdpr')!, topicIndex, { limit: 3, collections: ['guides'] })
 */
export function findRelated<E extends MapEntry>(
  doc: TranslatedDocument<E>,
  index: ReadonlyMap<Topic, readonly TranslatedDocument<E>[]>,
  { limit = 3, collections }: RelatedOptions = {},
): TranslatedDocument<E>[] {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  const allowed = collections ? new Set(collections) : undefined;

  const shared = new Map<TranslatedDocument<E>, number>();
  // A document listing a topic twice must not count as sharing it twice.
  for (const topic of new Set(neutralOf(doc).topics ?? [])) {
    for (const other of index.get(topic) ?? []) {
      // Compare by identity and by key: the index may come from a different build of the same map.
      if (other === doc || (other.collection === doc.collection && other.slug === doc.slug)) continue;
      if (allowed && !allowed.has(other.collection)) continue;
      shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }

  // Undated documents sort after dated ones rather than failing: topics alone still make them related.
  const time = (d: TranslatedDocument<E>) => neutralOf(d).pubDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...shared]
    .sort(
      ([a, sa], [b, sb]) =>
        sb - sa || (time(b) > time(a) ? 1 : time(b) < time(a) ? -1 : 0) || byText(a.slug, b.slug) || byText(a.collection, b.collection),
    )
    .slice(0, limit)
    .map(([other]) => other);
}
