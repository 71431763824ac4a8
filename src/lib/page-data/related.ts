import type { MapEntry, TranslatedDocument } from '../content/translation-map';

/** Topics and date live in the original-language file only (they are language-neutral fields). */
interface NeutralData {
  topics?: readonly string[];
  pubDate?: Date;
}
const neutral = (doc: TranslatedDocument<MapEntry>) => doc.source.data as NeutralData;

// A document listing a topic twice must not count as sharing it twice.
const topicsOf = (doc: TranslatedDocument<MapEntry>) => new Set(neutral(doc).topics ?? []);

/**
 * Documents by topic key, built once per build so that a page's "related" block looks up only the
 * documents that share its topics instead of scanning every document.
 * @example buildTopicIndex(map.documents).get('training') // [every document tagged "training"]
 */
export function buildTopicIndex<E extends MapEntry>(docs: readonly TranslatedDocument<E>[]): Map<string, TranslatedDocument<E>[]> {
  const index = new Map<string, TranslatedDocument<E>[]>();
  for (const doc of docs) {
    for (const topic of topicsOf(doc)) {
      const list = index.get(topic);
      if (list) list.push(doc);
      else index.set(topic, [doc]);
    }
  }
  return index;
}

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
  index: ReadonlyMap<string, readonly TranslatedDocument<E>[]>,
  { limit = 3, collections }: RelatedOptions = {},
): TranslatedDocument<E>[] {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  const allowed = collections ? new Set(collections) : undefined;

  const shared = new Map<TranslatedDocument<E>, number>();
  for (const topic of topicsOf(doc)) {
    for (const other of index.get(topic) ?? []) {
      // Compare by identity and by key: the index may come from a different build of the same map.
      if (other === doc || (other.collection === doc.collection && other.slug === doc.slug)) continue;
      if (allowed && !allowed.has(other.collection)) continue;
      shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }

  // Undated documents sort after dated ones rather than failing: topics alone still make them related.
  const time = (d: TranslatedDocument<E>) => neutral(d).pubDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...shared]
    .sort(
      ([a, sa], [b, sb]) =>
        sb - sa || (time(b) > time(a) ? 1 : time(b) < time(a) ? -1 : 0) || byText(a.slug, b.slug) || byText(a.collection, b.collection),
    )
    .slice(0, limit)
    .map(([other]) => other);
}
