import type { Backend, CommitMessages, GiteaBackend, GitHubBackend, GitLabBackend } from '@sveltia/cms';
import type { RepositorySettings, SignInSettings } from '../../settings';
import { checkRepository } from '../editing/repository';

/**
 * Where the editor at /admin/ (Sveltia CMS) reads and writes the content, from the one `repository`
 * setting in src/settings.ts, and which origins its page must be allowed to reach. How each host signs
 * editors in without a server of our own: docs/editing-ui.md, "Signing in per host".
 */

const setting = 'src/settings.ts: repository';

/**
 * Commit messages in English, naming the entry and its file. Sveltia fills `{{collection}}` with the
 * collection's `label_singular`, `{{slug}}` with the entry's slug and `{{path}}` with the first changed
 * file (the original's), and appends ` +N` when a save changes N more files (the translations).
 * These are the only placeholders it fills, besides `{{author-login}}`, `{{author-name}}`, `{{author-email}}`.
 */
export const commitMessages = {
  create: 'Create {{collection}} “{{slug}}”: {{path}}',
  update: 'Update {{collection}} “{{slug}}”: {{path}}',
  delete: 'Delete {{collection}} “{{slug}}”: {{path}}',
  uploadMedia: 'Upload {{path}}',
  deleteMedia: 'Delete {{path}}',
} as const satisfies CommitMessages;

/**
 * The backend while the repository is unset: only "Work with Local Repository" can work then (it edits
 * a checked-out folder, on localhost only, and commits nothing). Sveltia still refuses a configuration
 * without `repo` in owner/name form (`missing_repository`), so a placeholder stands in; no Git host is
 * named, so the admin page needs no origin beyond its own, and a token sign-in has nowhere to go.
 */
export const localOnlyBackend = { name: 'github', repo: 'local/itbridge-site', auth_methods: ['token'] } as const satisfies GitHubBackend;

/** The repository's address, split: the host's origin and the path after it, e.g. group/subgroup/project. */
function splitRepository(settings: RepositorySettings): { origin: string; path: string; branch: string } {
  const { repo, branch } = checkRepository(settings);
  const url = new URL(repo);
  return { origin: url.origin, path: url.pathname.replace(/^\/+/, ''), branch };
}

/** GitHub and Forgejo name a repository owner/name; a longer path is a page inside it, not the repository. */
function ownerAndName(path: string, settings: RepositorySettings): string {
  if (path.split('/').length !== 2) {
    throw new Error(
      `${setting}.url "${settings.url}" is not a repository's address: on ${settings.host} it is the owner and the name only, e.g. https://github.com/example-org/itbridge-site.`,
    );
  }
  return path;
}

/** The relay's origin: https, and nothing after the host (Sveltia checks the sign-in message against it). */
function relayOrigin(relayUrl: string): string {
  let url: URL | undefined;
  try {
    url = new URL(relayUrl.trim());
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new Error(
      `${setting}.signIn.relayUrl "${relayUrl}" is not an https origin. Write the relay's address without a path, e.g. https://itbridge-cms-auth.example.workers.dev.`,
    );
  }
  return url.origin;
}

function checkAppId(appId: string): string {
  const id = appId.trim();
  if (!id || /\s/.test(id)) {
    throw new Error(`${setting}.signIn.appId "${appId}" is not an application ID. Copy the application's ID (client ID) from the host's OAuth application settings.`);
  }
  return id;
}

function unknownMethod(signIn: SignInSettings): never {
  throw new Error(`${setting}.signIn.method "${String((signIn as { method: unknown }).method)}" is not a way to sign in. Use 'token', 'oauth-relay' (GitHub) or 'pkce' (GitLab, Codeberg/Forgejo).`);
}

function githubBackend(settings: RepositorySettings, signIn: SignInSettings): GitHubBackend {
  const { origin, path, branch } = splitRepository(settings);
  const backend: GitHubBackend = { name: 'github', repo: ownerAndName(path, settings), branch, commit_messages: commitMessages };
  // GitHub Enterprise Server serves its REST API under /api/v3 of the instance.
  if (origin !== 'https://github.com') backend.api_root = `${origin}/api/v3`;
  switch (signIn.method) {
    case 'token':
      return { ...backend, auth_methods: ['token'] };
    case 'oauth-relay':
      return { ...backend, base_url: relayOrigin(signIn.relayUrl), auth_methods: ['oauth', 'token'] };
    case 'pkce':
      throw new Error(
        `${setting}.signIn { method: 'pkce' } does not work with GitHub: GitHub's token endpoint cannot be called from a browser. ` +
          `Use { method: 'token' } (each editor pastes a personal access token), or { method: 'oauth-relay', relayUrl: 'https://…' } with an OAuth relay (docs/editing-ui.md, "Signing in per host").`,
      );
    default:
      return unknownMethod(signIn);
  }
}

function gitlabBackend(settings: RepositorySettings, signIn: SignInSettings): GitLabBackend {
  const { origin, path, branch } = splitRepository(settings);
  const backend: GitLabBackend = { name: 'gitlab', repo: path, branch, commit_messages: commitMessages };
  if (origin !== 'https://gitlab.com') Object.assign(backend, { base_url: origin, api_root: `${origin}/api/v4` });
  switch (signIn.method) {
    case 'token':
      return { ...backend, auth_methods: ['token'] };
    case 'pkce':
      return { ...backend, auth_type: 'pkce', app_id: checkAppId(signIn.appId), auth_methods: ['oauth', 'token'] };
    case 'oauth-relay':
      throw new Error(
        `${setting}.signIn { method: 'oauth-relay' } is for GitHub only. For GitLab use { method: 'pkce', appId: '…' } (an OAuth application on GitLab, no server) or { method: 'token' }.`,
      );
    default:
      return unknownMethod(signIn);
  }
}

function giteaBackend(settings: RepositorySettings, signIn: SignInSettings): GiteaBackend {
  const { origin, path, branch } = splitRepository(settings);
  // Sveltia's defaults are gitea.com; Codeberg and any Forgejo instance are named explicitly.
  const backend: GiteaBackend = { name: 'gitea', repo: ownerAndName(path, settings), branch, base_url: origin, api_root: `${origin}/api/v1`, commit_messages: commitMessages };
  switch (signIn.method) {
    case 'token':
      return { ...backend, auth_methods: ['token'] };
    case 'pkce':
      // Sveltia always signs in to Gitea/Forgejo with PKCE; there is no auth_type option for it.
      return { ...backend, app_id: checkAppId(signIn.appId), auth_methods: ['oauth', 'token'] };
    case 'oauth-relay':
      throw new Error(
        `${setting}.signIn { method: 'oauth-relay' } is for GitHub only. For Codeberg/Forgejo use { method: 'pkce', appId: '…' } (an OAuth application on the host, no server) or { method: 'token' }.`,
      );
    default:
      return unknownMethod(signIn);
  }
}

/**
 * The `backend` block of the CMS configuration. Every part of the setting is checked (the URL and branch
 * by `checkRepository`), and a sign-in method the host cannot use stops the build with the fix.
 * @example cmsBackend({ host: 'github', url: 'https://github.com/example-org/itbridge-site', branch: 'main' })
 * // { name: 'github', repo: 'example-org/itbridge-site', branch: 'main', commit_messages: {…}, auth_methods: ['token'] }
 * @example cmsBackend(null) // localOnlyBackend
 */
export function cmsBackend(repository: RepositorySettings | null): Backend {
  if (repository === null) return localOnlyBackend;
  const signIn = repository.signIn ?? { method: 'token' };
  switch (repository.host) {
    case 'github':
      return githubBackend(repository, signIn);
    case 'gitlab':
      return gitlabBackend(repository, signIn);
    case 'forgejo':
      return giteaBackend(repository, signIn);
    default:
      // checkRepository names the unknown host and the allowed ones.
      checkRepository(repository);
      throw new Error(`${setting}.host "${String(repository.host)}" is not a host the editor knows.`);
  }
}

/** Origins the admin page's Content-Security-Policy must allow beyond 'self'. */
export interface AdminConnectSources {
  /** For `connect-src`: the host's API (REST, GraphQL, and for PKCE the token endpoint). */
  connectSrc: readonly string[];
  /** For `img-src`: where the host serves the signed-in editor's avatar. */
  imgSrc: readonly string[];
}

/**
 * The Git host's origins the editor's page reaches, for its CSP. None while the repository is unset
 * (local-repository mode reads files through the browser). An OAuth relay or a PKCE authorisation page
 * opens in a popup, which `connect-src` does not govern. Avatars other than the host's own (GitLab and
 * Gitea may point at Gravatar) are deliberately not allowed: only the picture is missing then. The Git
 * hosts' status pages (githubstatus.com, hostedstatus.com) are not here: the copy of the bundle
 * removes those checks (docs/editing-ui.md, section 2).
 * @example adminConnectSources({ host: 'github', url: 'https://github.com/o/r', branch: 'main' })
 * // { connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] }
 */
export function adminConnectSources(repository: RepositorySettings | null): AdminConnectSources {
  if (repository === null) return { connectSrc: [], imgSrc: [] };
  // The same checks as the backend, so the CSP never allows a host the configuration does not use.
  cmsBackend(repository);
  const { origin } = splitRepository(repository);
  if (repository.host === 'github' && origin === 'https://github.com') {
    return { connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] };
  }
  // GitHub Enterprise Server, GitLab and Forgejo serve the API (and GitLab's token endpoint) and the
  // avatars from the instance's own origin.
  return { connectSrc: [origin], imgSrc: [origin] };
}
