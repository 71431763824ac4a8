import type { MapEntry, TranslatedDocument } from './translation-map';
import type { Topic } from './taxonomy';
import { neutralOf } from './neutral';
import { getCollectionSpec, type CollectionName } from './collections';
import { compareOrganisations, type OrganisationLike } from './partners';

type Doc<E extends MapEntry> = TranslatedDocument<E>;
type Compare<E extends MapEntry> = (a: Doc<E>, b: Doc<E>) => number;

/** Newest first by the original's `pubDate`, then by slug so the order is stable. */
export function byDateDesc<E extends MapEntry>(a: Doc<E>, b: Doc<E>): number {
  const da = neutralOf(a).pubDate?.getTime() ?? 0;
  const db = neutralOf(b).pubDate?.getTime() ?? 0;
  return db - da || a.slug.localeCompare(b.slug);
}

/**
 * The listing order of a collection, as the registry declares it: newest first, or the coordinator
 * first and then the partners by name.
 * @example docs.sort(listingOrder('partners', organisations))
 */
export function listingOrder<E extends MapEntry>(collection: CollectionName, organisations: ReadonlyMap<string, OrganisationLike>): Compare<E> {
  return getCollectionSpec(collection).order === 'organisation' ? compareOrganisations<E>(organisations) : byDateDesc;
}

/**
 * Documents by topic key, built once per build so that a page's "related" block looks up only the
 * documents that share its topics instead of scanning every document.
 * @example buildTopicIndex(map.documents).get('training') // [every document tagged "training"]
 */
export function buildTopicIndex<E extends MapEntry>(docs: readonly Doc<E>[]): Map<Topic, Doc<E>[]> {
  const index = new Map<Topic, Doc<E>[]>();
  for (const doc of docs) {
    // A document listing a topic twice must not be listed twice.
    for (const topic of new Set(neutralOf(doc).topics ?? [])) {
      const list = index.get(topic);
      if (list) list.push(doc);
      else index.set(topic, [doc]);
    }
  }
  return index;
}

/**
 * Documents by the partners they name, built once per build so that a partner page does not scan
 * every document. Each list is newest first.
 * @example buildPartnerIndex(map.documents).get('odesa-it-family') // [kick-off news, …]
 */
export function buildPartnerIndex<E extends MapEntry>(docs: readonly Doc<E>[]): Map<string, Doc<E>[]> {
  const index = new Map<string, Doc<E>[]>();
  for (const doc of docs) {
    for (const ref of neutralOf(doc).partners ?? []) index.set(ref.id, [...(index.get(ref.id) ?? []), doc]);
  }
  for (const list of index.values()) list.sort(byDateDesc);
  return index;
}

/**
 * Dated documents grouped by the year of their `pubDate` (UTC), years newest first, each year newest first.
 * @example [...groupByYear(news).keys()] // [2026, 2025]
 */
export function groupByYear<E extends MapEntry>(docs: readonly Doc<E>[]): Map<number, Doc<E>[]> {
  const years = new Map<number, Doc<E>[]>();
  for (const doc of [...docs].sort(byDateDesc)) {
    const date = neutralOf(doc).pubDate;
    if (!date) continue;
    const year = date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), doc]);
  }
  return new Map([...years.entries()].sort(([a], [b]) => b - a));
}
