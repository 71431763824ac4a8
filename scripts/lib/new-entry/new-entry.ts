import { locales, isLocale, type Locale } from '../../../src/i18n/locales';
import { isValidSlug } from '../../../src/lib/content/entry-path';
import { collectionOfEntryType, entryTypes, getCollectionSpec, type CollectionName } from '../../../src/lib/content/collections';
import { isoDate } from '../../../src/lib/format/iso-date';
import { topicKeys, studyStatuses } from '../../../src/lib/content/taxonomy';
import { stripFrontmatter } from '../../../src/lib/checks/markdown-source';

export class NewEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewEntryError';
  }
}

/**
 * Checks what an editor asked for and says exactly what is wrong: an unknown type, a slug that is not
 * lowercase ASCII with hyphens (with a suggestion), an unknown locale.
 */
export function validateRequest(type: string, slug: string, locale: string): { type: string; collection: CollectionName; locale: Locale } {
  const collection = collectionOfEntryType(type);
  if (!collection) throw new NewEntryError(`Unknown type "${type}". Use one of: ${entryTypes.join(', ')}.`);
  if (!isValidSlug(slug)) {
    const suggestion = slug
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    throw new NewEntryError(
      `"${slug}" cannot be a file name: use lowercase ASCII letters, digits and single hyphens, with at least one letter` +
        (suggestion && isValidSlug(suggestion) ? ` (for example "${suggestion}").` : '.') +
        ' The slug becomes the address of the page in every language.',
    );
  }
  if (!isLocale(locale)) throw new NewEntryError(`Unknown locale "${locale}". Use one of: ${locales.join(', ')}.`);
  return { type, collection, locale };
}

/**
 * Frontmatter and a starting text for a new original. Title and description are left empty on purpose:
 * the build refuses the file, naming those fields, until they are written; `draft: true` keeps it off
 * the site until the editor switches it off.
 */
export function originalTemplate(collection: CollectionName, date = isoDate(new Date())): string {
  const { neutral } = getCollectionSpec(collection);
  const lines = [
    '---',
    '# Headline in the language of this folder, 3–120 characters.',
    'title: ""',
    '# One sentence for listings and search engines, 20–160 characters.',
    'description: ""',
    '# true keeps the file off the site; set it to false when the text is ready.',
    'draft: true',
  ];
  if (neutral.length) lines.push('# Written once, here in the original; translations inherit these.');
  if (neutral.includes('pubDate')) lines.push(`pubDate: ${date}`);
  if (neutral.includes('topics')) lines.push(`# Topics (1–5): ${topicKeys.join(', ')}`, 'topics: []');
  if (neutral.includes('partners')) lines.push('# Partner ids from content/partners/organisations.yaml, e.g. [transilvania-it-cluster]', 'partners: []');
  if (neutral.includes('status')) lines.push(`# Stage: ${studyStatuses.join(', ')}`, 'status: planned');
  // The one field of its own a collection has: the dateline of a news item.
  if (collection === 'news') lines.push('# Dateline place in the language of this file (optional).', '# location: Cluj-Napoca');
  lines.push('---', '', neutral.length ? '## First section' : '', '');
  return lines.join('\n');
}

/**
 * A translation to fill in: empty title and description (the build names them until written), draft,
 * and the original's text below to translate in place. Language-neutral fields are not copied: the
 * translation inherits them from the original, and repeating them is an error.
 */
export function translationTemplate(originalText: string, originalPath: string): string {
  const body = stripFrontmatter(originalText);
  return [
    '---',
    `# Translation of ${originalPath}. Dates, topics and partners come from the original.`,
    'title: ""',
    'description: ""',
    '# Set to false when the translation is finished.',
    'draft: true',
    '---',
    body.trimStart(),
  ].join('\n');
}
