import { locales, isLocale, type Locale } from '../../i18n/locales';

/**
 * Lowercase ASCII words joined by single hyphens, with at least one letter (so `2` can never clash with
 * page 2). The editor at /admin/ checks new entries' slugs with it too.
 */
export const slugPattern = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How to write a slug, for messages about one that does not match `slugPattern`. */
export const slugAdvice = 'Use lowercase ASCII letters, digits and single hyphens, with at least one letter';

/** True for a valid file name (without extension): lowercase ASCII words joined by single hyphens. */
export function isValidSlug(slug: string): boolean {
  return slugPattern.test(slug);
}

export class ContentPathError extends Error {
  /** The file the path belongs to, when there is one, and what is wrong with it, kept apart for reports. */
  readonly file: string | undefined;
  readonly problem: string;

  constructor(problem: string, file?: string) {
    super(file ? `${file}: ${problem}` : problem);
    this.name = 'ContentPathError';
    this.file = file;
    this.problem = problem;
  }
}

export interface EntryPath {
  locale: Locale;
  slug: string;
  /** The entry id used by the content layer: `<locale>/<slug>`. */
  id: string;
}

/**
 * Path is identity: derives locale and slug from a file path relative to the collection folder.
 * Throws a `ContentPathError` naming the file and the fix when the folder is not a locale or the
 * file name is not a valid slug.
 * @example parseEntryPath('uk/kickoff-cluj-napoca.md', 'content/news') // { locale: 'uk', slug: 'kickoff-cluj-napoca', id: 'uk/kickoff-cluj-napoca' }
 */
export function parseEntryPath(relativePath: string, collectionDir: string): EntryPath {
  const file = `${collectionDir.replace(/\/$/, '')}/${relativePath}`;
  const parts = relativePath.split('/');
  if (parts.length !== 2) {
    throw new ContentPathError(
      `content files must sit directly in a locale folder, as ${collectionDir}/<locale>/<slug>.md. ` +
        `Allowed locale folders: ${locales.join(', ')}.`,
      file,
    );
  }
  const [folder, fileName] = parts as [string, string];
  if (!isLocale(folder)) {
    throw new ContentPathError(
      `"${folder}" is not a locale folder. Move the file into one of: ${locales.join(', ')} (Ukrainian is "uk", never "ua").`,
      file,
    );
  }
  const slug = fileName.replace(/\.mdx?$/, '');
  if (!isValidSlug(slug)) {
    throw new ContentPathError(
      `the file name "${slug}" is not a valid slug. ${slugAdvice} (for example "eu-market-entry.md").`,
      file,
    );
  }
  return { locale: folder, slug, id: `${folder}/${slug}` };
}

/** Splits an entry id produced by `parseEntryPath`. @example splitEntryId('bg/about') // { locale: 'bg', slug: 'about' } */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const [locale, slug] = id.split('/');
  if (!isLocale(locale) || !slug) throw new ContentPathError(`Malformed entry id "${id}"; expected <locale>/<slug>.`);
  return { locale, slug };
}

