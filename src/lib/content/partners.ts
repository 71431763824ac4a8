import type { MapEntry, TranslatedDocument } from './translation-map';
import type { PartnerRole } from './taxonomy';
import { ContentError } from './translation-map';

/** What ordering and the publisher need to know of an organisation (Astro's entry satisfies it). */
export interface OrganisationLike {
  id: string;
  data: { name: string; role: PartnerRole };
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

/**
 * The consortium's coordinator, from `role: coordinator` in organisations.yaml: the publisher of every
 * article. Exactly one organisation must have that role.
 * @example findCoordinator(organisations).id // 'transilvania-it-cluster'
 */
export function findCoordinator<O extends OrganisationLike>(organisations: ReadonlyMap<string, O>, file = 'content/partners/organisations.yaml'): O {
  const coordinators = [...organisations.values()].filter((o) => o.data.role === 'coordinator');
  if (coordinators.length !== 1) {
    throw new ContentError(
      `${file}: exactly one organisation must have "role: coordinator" (it publishes the site), found ${coordinators.length}` +
        (coordinators.length ? ` (${coordinators.map((o) => o.id).join(', ')})` : '') +
        '. Set the role of the others to partner.',
    );
  }
  return coordinators[0]!;
}

/**
 * Initials for a partner's typographic badge, shown where no logo has been supplied: the first
 * letter of each capitalised word of the organisation's own name, at most three.
 * @example badgeInitials('Transilvania IT Cluster') // 'TIC'
 * @example badgeInitials('Cluster Digital de Catalunya') // 'CDC'
 */
export function badgeInitials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const initials = words.map((w) => w[0]!).join('');
  return (initials || name.slice(0, 1).toUpperCase()).slice(0, 3);
}
