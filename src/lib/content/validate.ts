import type { MapEntry, TranslatedDocument, TranslationMap } from './translation-map';
import type { ContentProblem } from './problems';
import { neutralFieldNames, type NeutralField, type NeutralFields } from './schemas';

/** An entry as the site rules read it: its place in the map and its language-neutral fields. */
export type ValidatedEntry = MapEntry & { data: Partial<NeutralFields> };

/**
 * Which language-neutral fields the original of each collection must have. Only these collections
 * share facts across translations; a standalone page carries its own updatedDate in every language.
 */
export const requiredNeutralFields: Readonly<Record<string, readonly NeutralField[]>> = {
  news: ['pubDate', 'topics'],
  guides: ['pubDate', 'topics'],
  studies: ['pubDate', 'topics', 'status'],
};

const fileOf = (e: MapEntry) => e.filePath ?? `${e.collection}/${e.id}`;
const exampleOf = (field: NeutralField) => (field === 'pubDate' || field === 'updatedDate' ? `${field}: 2025-02-13` : `${field}: [ … ]`);

/**
 * Language-neutral fields live in the original file only: the original of a news item, guide or study
 * must have its required ones, and a published translation that repeats any of them is an error.
 * @example findNeutralFieldProblems(doc)[0]?.message // 'field "pubDate" is required in the original-language file. …'
 */
export function findNeutralFieldProblems<E extends ValidatedEntry>(doc: TranslatedDocument<E>): ContentProblem[] {
  const required = requiredNeutralFields[doc.collection];
  if (!required) return [];
  const problems: ContentProblem[] = [];
  for (const field of required) {
    if (doc.source.data[field] === undefined) {
      problems.push({
        file: fileOf(doc.source),
        locale: doc.sourceLocale,
        check: 'neutral-fields',
        message: `field "${field}" is required in the original-language file. Add it to the frontmatter, e.g. ${exampleOf(field)}.`,
      });
    }
  }
  for (const [locale, entry] of doc.versions) {
    if (locale === doc.sourceLocale) continue;
    for (const field of neutralFieldNames) {
      if (entry.data[field] !== undefined) {
        problems.push({
          file: fileOf(entry),
          locale,
          check: 'neutral-fields',
          message:
            `field "${field}" is language-neutral and is written once, in ${fileOf(doc.source)}. ` +
            `Delete it from this translation; it inherits the original's value.`,
        });
      }
    }
  }
  return problems;
}

/**
 * A partner profile is named after a partner in organisations.yaml, and every partner a document
 * names exists there.
 * @example findPartnerProblems(doc, ['alpha-cluster'])[0]?.message // 'field "partners" names "beta-cluster", …'
 */
export function findPartnerProblems<E extends ValidatedEntry>(doc: TranslatedDocument<E>, organisationIds: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = fileOf(doc.source);
  if (doc.collection === 'partners' && !organisationIds.includes(doc.slug)) {
    problems.push({
      file,
      locale: doc.sourceLocale,
      check: 'partners',
      message:
        `there is no partner "${doc.slug}" in content/partners/organisations.yaml. ` +
        `Name the file after a partner id (${organisationIds.join(', ')}) or add the partner there first.`,
    });
  }
  for (const ref of doc.source.data.partners ?? []) {
    if (!organisationIds.includes(ref.id)) {
      problems.push({
        file,
        locale: doc.sourceLocale,
        check: 'partners',
        message: `field "partners" names "${ref.id}", which is not a partner id. Allowed: ${organisationIds.join(', ')}.`,
      });
    }
  }
  return problems;
}

/**
 * Everything that stops the build once the translation map is built: documents whose files disagree
 * on the original language, language-neutral fields missing from an original or repeated in a
 * translation, and partners that do not exist. The build throws on any; npm run check:content lists them.
 * @example findContentProblems(buildTranslationMap(entries), ['alpha-cluster']) // [] for good content
 */
export function findContentProblems<E extends ValidatedEntry>(map: TranslationMap<E>, organisationIds: readonly string[]): ContentProblem[] {
  return [
    ...map.problems,
    ...map.documents.flatMap((doc) => [...findNeutralFieldProblems(doc), ...findPartnerProblems(doc, organisationIds)]),
  ];
}
