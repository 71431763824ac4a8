import type { MapEntry, TranslatedDocument } from './translation-map';
import type { PartnerRole } from './taxonomy';
import type { ContentProblem } from './problems';
import type { Translator } from '../../i18n/translator';

/** What ordering and the coordinator check need to know of an organisation (Astro's entry satisfies it). */
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
 * Exactly one organisation has `role: coordinator`: the one that coordinates ITBridge, listed first
 * and marked as coordinator on the home and partner pages. Checked with the partner facts, by the
 * build and by npm run check:content.
 * @example findCoordinatorProblems([{ id: 'a', data: { name: 'A', role: 'partner' } }], 'organisations.yaml')[0]?.message
 * // 'exactly one organisation must have "role: coordinator" (the one that coordinates ITBridge), found 0. …'
 */
export function findCoordinatorProblems(organisations: readonly OrganisationLike[], file: string): ContentProblem[] {
  const coordinators = organisations.filter((o) => o.data.role === 'coordinator');
  if (coordinators.length === 1) return [];
  return [
    {
      file,
      check: 'partners',
      message:
        `exactly one organisation must have "role: coordinator" (the one that coordinates ITBridge), found ${coordinators.length}` +
        (coordinators.length ? ` (${coordinators.map((o) => o.id).join(', ')})` : '') +
        '. Set the role of the others to partner.',
    },
  ];
}

/**
 * Initials for a partner's typographic badge, shown where no logo has been supplied: the first
 * letter of each capitalised word of the organisation's own name, at most three.
 * @example badgeInitials('Transilvania IT Cluster') // 'TIC'
 * @example badgeInitials('Cluster Digital de Catalunya') // 'CDC'
 */
export function badgeInitials(name: string): string {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  // Whole code points, so a letter outside the Basic Multilingual Plane is never cut in half.
  const initials = words.map((w) => String.fromCodePoint(w.codePointAt(0)!)).slice(0, 3).join('');
  const first = name.codePointAt(0);
  return initials || (first === undefined ? '' : String.fromCodePoint(first).toUpperCase());
}

/** What the location needs of an organisation: its country code and its city per language (organisations.yaml). */
export interface LocatedOrganisation {
  data: { country: string; city?: Readonly<Partial<Record<string, string>>> | undefined };
}

/**
 * Where an organisation is, in the translator's language: its city (when known) and its country.
 * The partner facts and the search index both show it this way.
 * @example partnerLocation({ data: { country: 'UA', city: { uk: 'Харків' } } }, useTranslations('uk')) // 'Харків, Україна'
 */
export function partnerLocation(org: LocatedOrganisation, translator: Pick<Translator, 'locale' | 'countryName'>): string {
  return [org.data.city?.[translator.locale], translator.countryName(org.data.country)].filter(Boolean).join(', ');
}

