import { defaultLocale, locales, isLocale, type Locale } from '../../../src/i18n/locales';
import { isValidSlug } from '../../../src/lib/content/entry-path';
import { collectionOfEntryType, collectionRegistry, entryTypes, getCollectionSpec, reservedPageSlugs, type CollectionName } from '../../../src/lib/content/collections';
import { isoDate } from '../../../src/lib/format/iso-date';
import { topicKeys, studyStatuses } from '../../../src/lib/content/taxonomy';
import { parseMarkdownSource, stripFrontmatter } from '../../../src/lib/checks/markdown-source';

export class NewEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewEntryError';
  }
}

/** The longest slug: it is a file name and a part of every language's address, and should stay readable in both. */
export const maxSlugLength = 80;

export const newEntryUsage = `Usage: npm run new -- <${entryTypes.join('|')}> <slug> [--locale uk]`;

/** The types as the refusal lists them, each with its folder's name where that differs: "guide (or guides)". */
const typeList = collectionRegistry.map((c) => (c.entryType === c.name ? c.name : `${c.entryType} (or ${c.name})`)).join(', ');

/** What npm passed on from the command line besides the arguments (env.npmLocale). */
export interface NpmContext {
  /** npm_config_locale: `--locale` written before `--` ("uk", or "true" when npm kept only the flag). */
  npmLocale?: string | undefined;
}

/** What `npm run new` was asked to create. */
export interface NewEntryRequest {
  type: string;
  collection: CollectionName;
  slug: string;
  locale: Locale;
  /** The content folder (`--content`, for tests), `content` by default. */
  contentDir: string;
}

/** Options that take a value; anything else starting with "-" is refused. */
const valueOptions = ['--locale', '--content'] as const;

/**
 * Reads the command line of `npm run new` and checks it, so that every bad argument gets one line
 * saying what is wrong and how to fix it (a `NewEntryError`), never a stack trace: a missing or extra
 * argument, an option without its value, an unknown option, type or locale, and a slug that is not a
 * valid, free file name.
 * @example parseNewEntryArgs(['guide', 'gdpr-basics', '--locale', 'uk']) // { type: 'guide', collection: 'guides', slug: 'gdpr-basics', locale: 'uk', contentDir: 'content' }
 */
export function parseNewEntryArgs(args: readonly string[], { npmLocale }: NpmContext = {}): NewEntryRequest {
  const positional: string[] = [];
  const values: Partial<Record<(typeof valueOptions)[number], string>> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') throw new NewEntryError(newEntryUsage);
    const option = valueOptions.find((o) => o === arg);
    if (option) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-') || value.trim() === '') {
        throw new NewEntryError(
          option === '--locale'
            ? `--locale needs a value: the language of the new file, one of ${locales.join(', ')} (e.g. --locale uk). Leave it out to create the original in ${defaultLocale}.`
            : '--content needs a value: the content folder, e.g. --content content.',
        );
      }
      values[option] = value;
      i += 1;
    } else if (arg.startsWith('-')) {
      throw new NewEntryError(`Unknown option "${arg}". ${newEntryUsage}`);
    } else {
      positional.push(arg);
    }
  }
  const [type, slug, ...extra] = positional;
  if (!type || !slug) throw new NewEntryError(newEntryUsage);
  // `npm run new news x uk`, or `npm run new news x --locale uk` through an npm that keeps only the flag.
  let locale = values['--locale'];
  if (locale === undefined && extra.length === 1 && isLocale(extra[0])) locale = extra.shift();
  if (extra.length) throw new NewEntryError(`Too many arguments (${extra.map((e) => `"${e}"`).join(', ')}): a slug is one word with hyphens. ${newEntryUsage}`);
  // `npm run new news x --locale uk` without `--`: npm keeps the option for itself, as npm_config_locale.
  if (locale === undefined && npmLocale !== undefined) {
    if (npmLocale === 'true') {
      throw new NewEntryError(`npm kept --locale for itself and this script never saw the language. Write -- after new: npm run new -- ${type} ${slug} --locale uk`);
    }
    locale = npmLocale;
  }
  const request = validateRequest(type, slug, locale ?? defaultLocale);
  return { ...request, slug, contentDir: values['--content'] ?? 'content' };
}

/**
 * Checks what an editor asked for and says exactly what is wrong: an unknown type, a slug that is not
 * lowercase ASCII with hyphens (with a suggestion), too long, or taken by the site's own pages, an unknown locale.
 * @example validateRequest('study', 'market-2026', 'uk') // { type: 'study', collection: 'studies', locale: 'uk' }
 */
export function validateRequest(type: string, slug: string, locale: string): { type: string; collection: CollectionName; locale: Locale } {
  const collection = collectionOfEntryType(type);
  if (!collection) throw new NewEntryError(`Unknown type "${type}". Use one of: ${typeList}.`);
  if (slug.length > maxSlugLength) {
    throw new NewEntryError(`The slug is ${slug.length} characters long; keep it to ${maxSlugLength} or fewer, a few words with hyphens (e.g. market-entry-romania).`);
  }
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
  if (collection === 'pages' && reservedPageSlugs.includes(slug)) {
    throw new NewEntryError(`"${slug}" is taken by the site's own pages (${reservedPageSlugs.join(', ')}): a page with that name would share their address. Choose another slug.`);
  }
  if (!isLocale(locale)) throw new NewEntryError(`Unknown locale "${locale}". Use one of: ${locales.join(', ')}.`);
  return { type: getCollectionSpec(collection).entryType, collection, locale };
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
  if (neutral.includes('pubDate')) lines.push('# Publication date; a later day schedules it: it appears with the first build on or after that day.', `pubDate: ${date}`);
  if (neutral.includes('topics')) lines.push(`# Topics (1–5): ${topicKeys.join(', ')}`, 'topics: []');
  if (neutral.includes('partners')) lines.push('# Partner ids from content/partners/organisations.yaml, e.g. [transilvania-it-cluster]', 'partners: []');
  if (neutral.includes('status')) lines.push(`# Stage: ${studyStatuses.join(', ')}`, 'status: planned');
  // The one field of its own a collection has: the dateline of a news item.
  if (collection === 'news') lines.push('# Dateline place in the language of this file (optional).', '# location: Cluj-Napoca');
  lines.push('---', '', neutral.length ? '## First section' : '', '');
  return lines.join('\n');
}

/** A frontmatter value shown in a comment: on one line, as text. */
const commented = (value: unknown) => String(value).replace(/\s+/g, ' ').trim();

/**
 * A translation to fill in: empty title and description (the build names them until written), with the
 * original's above each as a comment to translate from, draft, and the original's text below to
 * translate in place. Language-neutral fields are not copied: the translation inherits them from the
 * original, and repeating them is an error. A news item's dateline is per language: offered as a
 * comment with the original's.
 * @example translationTemplate('---\ntitle: Kick-off\n---\nText', 'content/news/en/k.md', 'en') // '---\n# Translation of …\n# en title: Kick-off\ntitle: ""\n…'
 */
export function translationTemplate(originalText: string, originalPath: string, originalLocale: Locale = defaultLocale): string {
  const body = stripFrontmatter(originalText);
  let data: Record<string, unknown> = {};
  try {
    data = parseMarkdownSource(originalText).data;
  } catch {
    // An original the checks refuse still gives its text to translate; the check names its problem.
  }
  const reference = (field: string) => (typeof data[field] === 'string' && data[field] ? [`# ${originalLocale} ${field}: ${commented(data[field])}`] : []);
  const lines = [
    '---',
    `# Translation of ${originalPath}. Dates, topics and partners come from the original.`,
    ...reference('title'),
    'title: ""',
    ...reference('description'),
    'description: ""',
  ];
  if (typeof data.location === 'string' && data.location) {
    lines.push(`# Dateline place in this language (optional); ${originalLocale}: ${commented(data.location)}`, '# location: ');
  }
  lines.push('# Set to false when the translation is finished.', 'draft: true', '---', body.trimStart());
  return lines.join('\n');
}
