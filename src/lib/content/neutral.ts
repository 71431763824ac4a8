import type { NeutralFields } from './schemas';
import type { MapEntry, TranslatedDocument } from './translation-map';
import { getCollectionSpec } from './collections';

/** The language-neutral fields (pubDate, updatedDate, topics, partners, status), typed from their schemas. */
export type { NeutralFields } from './schemas';
export { neutralFieldNames } from './schemas';
/** The name of one language-neutral field. */
export type NeutralFieldName = keyof NeutralFields;

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
