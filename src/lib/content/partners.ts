import type { MapEntry, TranslatedDocument } from './translation-map';

interface OrganisationLike {
  data: { name: string; role: 'coordinator' | 'partner' };
}

/**
 * Orders partner documents: the coordinator first, then the partners by name.
 * @example docs.sort(compareOrganisations(orgs))
 */
export function compareOrganisations<E extends MapEntry>(organisations: ReadonlyMap<string, OrganisationLike>) {
  const rank = (doc: TranslatedDocument<E>) => (organisations.get(doc.slug)?.data.role === 'coordinator' ? 0 : 1);
  const name = (doc: TranslatedDocument<E>) => organisations.get(doc.slug)?.data.name ?? doc.slug;
  return (a: TranslatedDocument<E>, b: TranslatedDocument<E>) => rank(a) - rank(b) || name(a).localeCompare(name(b), 'en');
}
