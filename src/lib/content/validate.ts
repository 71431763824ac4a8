import type { MapEntry, TranslatedDocument, TranslationMap } from './translation-map';
import type { ContentProblem } from './problems';
import type { NeutralField, NeutralFields } from './schemas';
import { getCollectionSpec } from './collections';

/** An entry as the site rules read it: its place in the map and its language-neutral fields. */
export type ValidatedEntry = MapEntry & { data: Partial<NeutralFields> };

const fileOf = (e: MapEntry) => e.filePath ?? `${e.collection}/${e.id}`;
/** How to write a missing neutral field, for the error message. */
const neutralExample: Record<NeutralField, string> = {
  pubDate: 'pubDate: 2025-02-13',
  updatedDate: 'updatedDate: 2025-03-01',
  topics: 'topics: [market-entry]',
  partners: 'partners: [transilvania-it-cluster]',
  status: 'status: planned',
};

/**
 * Language-neutral fields live in the original file only: the original must have the ones its
 * collection requires (the registry's `requiredNeutral`), and a published translation that repeats
 * any of the collection's neutral fields is an error.
 * @example findNeutralFieldProblems(doc)[0]?.message // 'field "pubDate" is required in the original-language file. …'
 */
export function findNeutralFieldProblems<E extends ValidatedEntry>(doc: TranslatedDocument<E>): ContentProblem[] {
  const { neutral, requiredNeutral } = getCollectionSpec(doc.collection);
  const problems: ContentProblem[] = [];
  for (const field of requiredNeutral) {
    if (doc.source.data[field] === undefined) {
      problems.push({
        file: fileOf(doc.source),
        locale: doc.sourceLocale,
        check: 'neutral-fields',
        message: `field "${field}" is required in the original-language file. Add it to the frontmatter, e.g. ${neutralExample[field]}.`,
      });
    }
  }
  for (const [locale, entry] of doc.versions) {
    if (locale === doc.sourceLocale) continue;
    for (const field of neutral) {
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
 * translation, and partners that do not exist. Scheduled documents are checked too: the build that
 * publishes one runs unattended on its day, and must not fail then. The build throws on any; npm run
 * check:content lists them.
 * @example findContentProblems(buildTranslationMap(entries, { today }), ['alpha-cluster']) // [] for good content
 */
export function findContentProblems<E extends ValidatedEntry>(map: TranslationMap<E>, organisationIds: readonly string[]): ContentProblem[] {
  return [
    ...map.problems,
    ...[...map.documents, ...map.scheduled].flatMap((doc) => [...findNeutralFieldProblems(doc), ...findPartnerProblems(doc, organisationIds)]),
  ];
}

/**
 * What is published (or scheduled) but may not be meant: a page with no text. Not an error (an editor
 * may mean it); the build logs it and check:content lists it as a warning. A document dated in the
 * future is no warning: it is scheduled (see schedule.ts), and the map reports it as not published yet.
 * @example findContentWarnings(map, (e) => e.body ?? '')[0]?.message // 'has no text below the frontmatter: …'
 */
export function findContentWarnings<E extends ValidatedEntry>(map: TranslationMap<E>, bodyOf: (entry: E) => string): ContentProblem[] {
  // A file with frontmatter only publishes an empty page, listed and indexed like any other.
  return [...map.documents, ...map.scheduled].flatMap((doc) =>
    [...doc.versions].flatMap(([locale, entry]) =>
      /[\p{L}\p{N}]/u.test(bodyOf(entry))
        ? []
        : [{ file: fileOf(entry), locale, check: 'empty', message: 'has no text below the frontmatter: the page is published empty. Write the text, or set draft: true.' }],
    ),
  );
}
