import { locales, isLocale, type Locale } from '../../i18n/locales';
import { reservedPageSlugs } from './collections';

/** Lowercase ASCII words joined by single hyphens, with at least one letter (so `2` can never clash with page 2). */
const slugPattern = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a valid file name (without extension): lowercase ASCII words joined by single hyphens. */
export function isValidSlug(slug: string): boolean {
  return slugPattern.test(slug);
}

export class ContentPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentPathError';
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
      `${file}: content files must sit directly in a locale folder, as ${collectionDir}/<locale>/<slug>.md. ` +
        `Allowed locale folders: ${locales.join(', ')}.`,
    );
  }
  const [folder, fileName] = parts as [string, string];
  if (!isLocale(folder)) {
    throw new ContentPathError(
      `${file}: "${folder}" is not a locale folder. Move the file into one of: ${locales.join(', ')} ` +
        `(Ukrainian is "uk", never "ua").`,
    );
  }
  const slug = fileName.replace(/\.mdx?$/, '');
  if (!isValidSlug(slug)) {
    throw new ContentPathError(
      `${file}: the file name "${slug}" is not a valid slug. Use lowercase ASCII letters, digits and single hyphens, ` +
        `with at least one letter (for example "eu-market-entry.md").`,
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

/**
 * Finds files of one collection that resolve to the same URL (same locale and slug, e.g. `x.md` and `x.mdx`).
 * @returns one message per clash, naming every file involved.
 */
export function findDuplicateEntries(relativePaths: readonly string[], collectionDir: string): string[] {
  const byId = new Map<string, string[]>();
  for (const p of relativePaths) {
    const id = p.replace(/\.mdx?$/, '');
    byId.set(id, [...(byId.get(id) ?? []), `${collectionDir}/${p}`]);
  }
  return [...byId.entries()]
    .filter(([, files]) => files.length > 1)
    .map(
      ([id, files]) =>
        `${files.join(' and ')} resolve to the same page (${id}). Keep one file per locale and slug: rename or delete the others.`,
    );
}

/**
 * Standalone pages live at /<locale>/<slug>/, beside the collection listings: a page named like a
 * listing would resolve to the same URL.
 * @example findReservedPageSlugs(['en/news.md'], 'content/pages') // ['content/pages/en/news.md: …']
 */
export function findReservedPageSlugs(relativePaths: readonly string[], pagesDir: string): string[] {
  return relativePaths
    .filter((p) => reservedPageSlugs.includes(p.split('/').pop()!.replace(/\.mdx?$/, '')))
    .map(
      (p) =>
        `${pagesDir}/${p}: the name is taken by the site's own pages (${reservedPageSlugs.join(', ')}); ` +
        'two pages would resolve to the same URL. Rename the file.',
    );
}
