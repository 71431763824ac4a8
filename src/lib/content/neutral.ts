import type { Topic, StudyStatus } from './taxonomy';
import type { MapEntry, TranslatedDocument } from './translation-map';
import { getCollectionSpec } from './collections';

/**
 * Language-neutral facts: written once, in the original-language file, and inherited by every
 * translation. Each collection's schema allows the ones it uses.
 */
export interface NeutralFields {
  pubDate?: Date | undefined;
  updatedDate?: Date | undefined;
  topics?: readonly Topic[] | undefined;
  partners?: readonly { id: string }[] | undefined;
  status?: StudyStatus | undefined;
}
export type NeutralFieldName = keyof NeutralFields;

/** Every neutral field, in the order the editors' guide lists them. */
export const neutralFieldNames = ['pubDate', 'updatedDate', 'topics', 'partners', 'status'] as const satisfies readonly NeutralFieldName[];

const cache = new WeakMap<object, NeutralFields>();

/**
 * The language-neutral facts of a document, read from its original: only the fields its collection
 * declares neutral in the registry. The one accessor for them; readers of a translation never look at
 * the translation's own frontmatter for these.
 * @example neutralOf(map.get('news', 'kickoff')!).pubDate // 2025-02-13
 */
export function neutralOf<E extends MapEntry>(doc: TranslatedDocument<E>): NeutralFields {
  const hit = cache.get(doc);
  if (hit) return hit;
  const data: MapEntry['data'] = doc.source.data;
  const fields: NeutralFields = {};
  for (const name of getCollectionSpec(doc.collection).neutral) {
    if (data[name] !== undefined) Object.assign(fields, { [name]: data[name] });
  }
  cache.set(doc, fields);
  return fields;
}
