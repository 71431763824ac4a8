/**
 * Site settings an editor may change. Each is one line.
 */

/**
 * The EU funding block. While it is `null`, no emblem or disclaimer is shown (the funding is not yet
 * confirmed). To confirm it, replace `null` with for example:
 *   { statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '101234567' }
 * Every page then shows the EU emblem with the statement in its language, and the footer the disclaimer.
 */
export const funding: FundingSettings | null = null;

export interface FundingSettings {
  /** 'funded' → "Funded by the European Union"; 'co-funded' → "Co-funded by the European Union". */
  statement: 'funded' | 'co-funded';
  /** Name of the granting authority as written in the grant agreement, e.g. EISMEA. */
  grantingAuthority: string;
  /** Grant agreement number. */
  grantNumber: string;
}

/**
 * How to reach the consortium. While it is `null`, no contact block is shown anywhere (no contact has
 * been confirmed yet). To publish one, replace `null` with for example:
 *   { organisation: 'Transilvania IT Cluster', email: 'office@example.org', postalAddress: ['Street 1', '400000 Cluj-Napoca', 'Romania'],
 *     accessibilityEmail: 'access@example.org', controller: 'Transilvania IT Cluster', logRetentionDays: 30 }
 * The footer then shows the organisation and the email address; the About page, the privacy notice and
 * the accessibility statement show the full block in each language, the privacy notice with the controller
 * and how long server logs are kept when those are given (which page shows which lines:
 * src/lib/page-data/contact.ts). A wrong email address stops the build with a message.
 */
export const contact: ContactSettings | null = null;

export interface ContactSettings {
  /** The organisation readers write to, in its own name, e.g. Transilvania IT Cluster. */
  organisation: string;
  /** General email address, e.g. office@example.org. Shown as a mailto: link. */
  email: string;
  /** Postal address, one line per item, as it is written on an envelope; leave out if none is published. */
  postalAddress?: readonly string[] | undefined;
  /** Where readers report accessibility barriers; the accessibility statement uses `email` without it. */
  accessibilityEmail?: string | undefined;
  /**
   * The controller under the GDPR: the organisation that operates the website, in its own name. Only the
   * operator can state it; the privacy notice names it when set (it may differ from `organisation`).
   */
  controller?: string | undefined;
  /** How many days the host keeps server logs, as the operator has agreed with the host; the privacy notice states it when set. */
  logRetentionDays?: number | undefined;
}

/**
 * Where the site's content is edited. While it is `null`, no article shows an editing link (and no
 * page's HTML differs from a site without this setting), and the editor at /admin/ offers only
 * "Work with Local Repository" on an editor's own computer (`npm run dev`, then
 * http://127.0.0.1:4321/admin/). To set it, replace `null` with the repository's address on its Git
 * host and the branch the site is built from, for example:
 *   { host: 'github', url: 'https://github.com/example-org/itbridge-site', branch: 'main' }
 *   { host: 'gitlab', url: 'https://gitlab.com/example-group/itbridge-site', branch: 'main' }
 *   { host: 'forgejo', url: 'https://codeberg.org/example-org/itbridge-site', branch: 'main' }  (Codeberg, Forgejo, Gitea)
 * Every article (guides, studies, news, partners, standalone pages) then ends with "Edit this page";
 * a page not yet translated into the reader's language adds "Translate this page"; a translation whose
 * original has changed shows "Update this translation" instead. The links open the entry in the
 * site's editor at /admin/ (`editLinks: 'cms'`, the default) or the file in the Git host's web editor
 * (`editLinks: 'git-host'`). They are left out of search and print. On the deployed site, /admin/ signs
 * editors in to that host as `signIn` says (default: a personal access token; docs/editing-ui.md
 * says how to set up each way). Which page gets which link: src/lib/editing/edit-links.ts; the URLs
 * of each host: src/lib/editing/repository.ts. A value the site cannot use stops the build with a message.
 */
export const repository: RepositorySettings | null = null;

/** A Git host with a web editor: 'github', 'gitlab', or 'forgejo' (Codeberg, Forgejo and Gitea share its URLs). */
export type GitHost = 'github' | 'gitlab' | 'forgejo';

export interface RepositorySettings {
  host: GitHost;
  /** The repository's https address as the browser shows it, e.g. https://github.com/example-org/itbridge-site. */
  url: string;
  /** The branch the site is built from, e.g. main; the links and the editor at /admin/ edit its files. */
  branch: string;
  /**
   * Where the articles' editing links open: 'cms' (default) the entry in the site's editor at /admin/,
   * where every language of it is edited side by side; 'git-host' the file in the Git host's web editor.
   */
  editLinks?: 'cms' | 'git-host' | undefined;
  /** How editors sign in to the Git host at /admin/ on the deployed site. Default: `{ method: 'token' }`. */
  signIn?: SignInSettings | undefined;
}

/**
 * How the editor at /admin/ signs in to the Git host (docs/editing-ui.md, "Signing in"):
 * - `{ method: 'token' }`: each editor pastes a personal access token made on the host; works with every
 *   host and needs no server.
 * - `{ method: 'oauth-relay', relayUrl: 'https://…' }`: GitHub only; a "Sign in with GitHub" button through an
 *   OAuth relay the consortium runs (Sveltia CMS Authenticator). Tokens still work.
 * - `{ method: 'pkce', appId: '…' }`: GitLab and Codeberg/Forgejo; a "Sign in with …" button through an OAuth
 *   application registered on the host (its application or client ID), no server. Tokens still work.
 */
export type SignInSettings = { method: 'token' } | { method: 'oauth-relay'; relayUrl: string } | { method: 'pkce'; appId: string };
