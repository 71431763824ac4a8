/**
 * Closed vocabularies used in frontmatter. Keys are stable ASCII (they appear in URLs, search filters and
 * frontmatter); their labels live in the UI string files under `topics.*`, `countries` come from Intl.
 */
export const topicKeys = [
  'market-entry',
  'internationalisation',
  'matchmaking',
  'networking',
  'training',
  'knowledge-exchange',
  'digital-transformation',
  'legal-compliance',
  'market-research',
  'cluster-development',
] as const;
export type Topic = (typeof topicKeys)[number];

/** ISO 3166-1 alpha-2 codes of the consortium's countries; names are localized with Intl.DisplayNames. */
export const countryCodes = ['RO', 'UA', 'ES'] as const;
export type CountryCode = (typeof countryCodes)[number];

export const partnerRoles = ['coordinator', 'partner'] as const;
export type PartnerRole = (typeof partnerRoles)[number];

export const studyStatuses = ['planned', 'in-progress', 'published'] as const;
export type StudyStatus = (typeof studyStatuses)[number];
