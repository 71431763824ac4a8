import type { MapEntry, TranslatedDocument } from './translation-map';
import { byDateDesc } from '../routing/static-paths';

interface NeutralData {
  pubDate?: Date;
  partners?: { id: string }[];
}
const neutral = (doc: TranslatedDocument<MapEntry>) => doc.source.data as NeutralData;

/**
 * Documents by the partners they name, built once per build so that a partner page does not scan
 * every document. Each list is newest first.
 * @example buildPartnerIndex(map.documents).get('odesa-it-family') // [kick-off news, …]
 */
export function buildPartnerIndex<E extends MapEntry>(docs: readonly TranslatedDocument<E>[]): Map<string, TranslatedDocument<E>[]> {
  const index = new Map<string, TranslatedDocument<E>[]>();
  for (const doc of docs) {
    for (const ref of neutral(doc).partners ?? []) index.set(ref.id, [...(index.get(ref.id) ?? []), doc]);
  }
  for (const list of index.values()) list.sort(byDateDesc);
  return index;
}

/**
 * Dated documents grouped by the year of their `pubDate` (UTC), years newest first, each year newest first.
 * @example [...groupByYear(news).keys()] // [2026, 2025]
 */
export function groupByYear<E extends MapEntry>(docs: readonly TranslatedDocument<E>[]): Map<number, TranslatedDocument<E>[]> {
  const years = new Map<number, TranslatedDocument<E>[]>();
  for (const doc of [...docs].sort(byDateDesc)) {
    const date = neutral(doc).pubDate;
    if (!date) continue;
    const year = date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), doc]);
  }
  return new Map([...years.entries()].sort(([a], [b]) => b - a));
}
