import type { Locale } from '../../i18n/locales';
import type { CollectionName } from '../content/collections';
import type { GitHost, RepositorySettings } from '../../settings';

/**
 * Where an editor changes a content file, from the one `repository` setting in src/settings.ts: the
 * Git host's web editor (GitHub, GitLab, Forgejo — Codeberg and Gitea share its URLs) or the site's
 * own editor at /admin/. Each host opens an existing file for editing and a new file at a given path
 * through its own URL shape; this module is the one place that knows them.
 */

/** A content file, where the repository keeps it: `content/<collection>/<locale>/<slug>.md(x)`. */
export interface ContentFile {
  collection: CollectionName;
  locale: Locale;
  slug: string;
  /** Relative to the repository root, with `/`, e.g. content/guides/uk/eu-market-entry-for-it-smes.md. */
  path: string;
}

/** The editor's addresses for one content file. */
export interface EditorUrls {
  /** Opens the existing file in the editor. */
  edit(file: ContentFile): string;
  /** Opens the editor on a new file at `file.path` (a translation that does not exist yet). */
  create(file: ContentFile): string;
}

/** Percent-encodes each segment of a path and keeps the slashes, so URLs stay readable. */
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * URL shapes of the Git hosts' web editors. GitHub and Forgejo take the new file's whole path in
 * `filename` (folders included, created if missing). GitLab opens its new-file form in the folder of
 * the path; it fills in the name from `file_name` in some versions, and otherwise shows the folder
 * with the name to type.
 */
const gitHosts: Readonly<Record<GitHost, { edit: (repo: string, branch: string, path: string) => string; create: (repo: string, branch: string, path: string) => string }>> = {
  github: {
    edit: (repo, branch, path) => `${repo}/edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/new/${branch}?filename=${encodePath(path)}`,
  },
  gitlab: {
    edit: (repo, branch, path) => `${repo}/-/edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/-/new/${branch}/${encodePath(folderOf(path))}?file_name=${encodeURIComponent(nameOf(path))}`,
  },
  forgejo: {
    edit: (repo, branch, path) => `${repo}/_edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/_new/${branch}?filename=${encodePath(path)}`,
  },
};

const setting = 'src/settings.ts: repository';

/**
 * The repository's web address as the editors' URLs start: https, no query, fragment or trailing
 * slash, and without the `.git` of a clone address. Anything else stops the build, naming the setting.
 * @example repositoryBase('https://codeberg.org/example-org/itbridge-site.git') // 'https://codeberg.org/example-org/itbridge-site'
 */
export function repositoryBase(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`${setting}.url "${value}" is not a web address. Write the repository's address as the browser shows it, e.g. https://github.com/example-org/itbridge-site.`);
  }
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/, '');
  if (url.protocol !== 'https:' || url.search || url.hash || url.username || path.split('/').filter(Boolean).length < 2) {
    throw new Error(
      `${setting}.url "${value}" is not a repository's https address. Write it as the browser shows it, with the owner and the name, e.g. https://github.com/example-org/itbridge-site.`,
    );
  }
  return `${url.origin}${path}`;
}

/**
 * The editor's URLs for the repository setting. `adminPath` builds the address of the site's own
 * editor (urls.asset, so a `base` is kept), used by `{ host: 'cms' }`.
 * @example createEditorUrls({ host: 'github', url: 'https://github.com/o/r', branch: 'main' }, urls.asset).edit(file)
 * // 'https://github.com/o/r/edit/main/content/guides/uk/x.md'
 * @example createEditorUrls({ host: 'cms' }, urls.asset).edit(file) // '/admin/#/collections/guides/entries/x'
 */
export function createEditorUrls(settings: RepositorySettings, adminPath: (path: string) => string): EditorUrls {
  if (settings.host === 'cms') {
    // The CMS edits every language of an entry in one place, so a translation opens the entry too.
    const entry = (file: ContentFile) => `${adminPath('/admin/')}#/collections/${file.collection}/entries/${encodeURIComponent(file.slug)}`;
    return { edit: entry, create: entry };
  }
  const shapes = Object.hasOwn(gitHosts, settings.host) ? gitHosts[settings.host] : undefined;
  if (!shapes) {
    throw new Error(`${setting}.host "${String(settings.host)}" is not a host this site knows. Use one of: ${Object.keys(gitHosts).join(', ')}, cms.`);
  }
  const repo = repositoryBase(settings.url);
  const branchName = settings.branch.trim();
  if (!branchName || /\s/.test(branchName)) {
    throw new Error(`${setting}.branch "${settings.branch}" is not a branch name. Write the branch the site is built from, e.g. main.`);
  }
  const branch = encodePath(branchName);
  return {
    edit: (file) => shapes.edit(repo, branch, file.path),
    create: (file) => shapes.create(repo, branch, file.path),
  };
}
