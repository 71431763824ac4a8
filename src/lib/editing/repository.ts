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
const gitHosts: Readonly<
  Record<
    GitHost,
    {
      edit: (repo: string, branch: string, path: string) => string;
      create: (repo: string, branch: string, path: string) => string;
      /** Every change from a commit to the head of the branch (the status page's link for a stale translation). */
      compare: (repo: string, from: string, branch: string) => string;
    }
  >
> = {
  github: {
    edit: (repo, branch, path) => `${repo}/edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/new/${branch}?filename=${encodePath(path)}`,
    compare: (repo, from, branch) => `${repo}/compare/${from}...${branch}`,
  },
  gitlab: {
    edit: (repo, branch, path) => `${repo}/-/edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/-/new/${branch}/${encodePath(folderOf(path))}?file_name=${encodeURIComponent(nameOf(path))}`,
    compare: (repo, from, branch) => `${repo}/-/compare/${from}...${branch}`,
  },
  forgejo: {
    edit: (repo, branch, path) => `${repo}/_edit/${branch}/${encodePath(path)}`,
    create: (repo, branch, path) => `${repo}/_new/${branch}?filename=${encodePath(path)}`,
    compare: (repo, from, branch) => `${repo}/compare/${from}...${branch}`,
  },
};

const setting = 'src/settings.ts: repository';

function gitHostShapes(host: GitHost) {
  const shapes = Object.hasOwn(gitHosts, host) ? gitHosts[host] : undefined;
  if (!shapes) throw new Error(`${setting}.host "${String(host)}" is not a host this site knows. Use one of: ${Object.keys(gitHosts).join(', ')}.`);
  return shapes;
}

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
 * editor (urls.asset, so a `base` is kept), used unless `editLinks` is 'git-host'.
 * @example createEditorUrls({ host: 'github', url: 'https://github.com/o/r', branch: 'main', editLinks: 'git-host' }, urls.asset).edit(file)
 * // 'https://github.com/o/r/edit/main/content/guides/uk/x.md'
 * @example createEditorUrls({ host: 'github', url: 'https://github.com/o/r', branch: 'main' }, urls.asset).edit(file) // '/admin/#/collections/guides/entries/x'
 */
export function createEditorUrls(settings: RepositorySettings, adminPath: (path: string) => string): EditorUrls {
  const { shapes, repo, branch } = checkRepository(settings);
  if ((settings.editLinks ?? 'cms') === 'cms') {
    // The CMS edits every language of an entry in one place, so a translation opens the entry too.
    const entry = (file: ContentFile) => `${adminPath('/admin/')}#/collections/${file.collection}/entries/${encodeURIComponent(file.slug)}`;
    return { edit: entry, create: entry };
  }
  return {
    edit: (file) => shapes.edit(repo, encodePath(branch), file.path),
    create: (file) => shapes.create(repo, encodePath(branch), file.path),
  };
}

/**
 * The Git host's page of every change from `commit` to the head of the site's branch, whatever
 * `editLinks` says: where a translator sees what changed in an original since the translation was in step.
 * @example compareUrl({ host: 'github', url: 'https://github.com/o/r', branch: 'main' }, '3f2a9c1') // 'https://github.com/o/r/compare/3f2a9c1...main'
 */
export function compareUrl(settings: RepositorySettings, commit: string): string {
  const { shapes, repo, branch } = checkRepository(settings);
  return shapes.compare(repo, encodeURIComponent(commit), encodePath(branch));
}

/** The repository setting, checked: the host's URL shapes, the repository's base address and the branch. */
export interface CheckedRepository {
  host: GitHost;
  shapes: (typeof gitHosts)[GitHost];
  /** The repository's https address, e.g. https://github.com/example-org/itbridge-site. */
  repo: string;
  branch: string;
}

/**
 * Checks every part of the repository setting the editing links and /admin/ use, stopping the build
 * with the setting's name and the fix when one is wrong.
 * @example checkRepository({ host: 'github', url: 'https://github.com/o/r/', branch: 'main' }).repo // 'https://github.com/o/r'
 */
export function checkRepository(settings: RepositorySettings): CheckedRepository {
  const shapes = gitHostShapes(settings.host);
  const repo = repositoryBase(settings.url);
  const branch = settings.branch.trim();
  if (!branch || /\s/.test(branch)) {
    throw new Error(`${setting}.branch "${settings.branch}" is not a branch name. Write the branch the site is built from, e.g. main.`);
  }
  const editLinks: unknown = settings.editLinks ?? 'cms';
  if (editLinks !== 'cms' && editLinks !== 'git-host') {
    throw new Error(`${setting}.editLinks "${String(editLinks)}" is not a place the links can open. Use 'cms' (the editor at /admin/) or 'git-host' (the host's web editor).`);
  }
  return { host: settings.host, shapes, repo, branch };
}
