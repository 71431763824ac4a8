import type { RepositorySettings } from '../../src/settings';

/**
 * Settings as an operator would fill them in, for tests: the real ones ship unset (nothing is
 * confirmed), so the blocks they switch on are rendered from these.
 */
export const fixtureContact = {
  organisation: 'Example Cluster',
  email: 'office@example.org',
  postalAddress: ['1 Example Street', '400000 Cluj-Napoca', 'Romania'],
  accessibilityEmail: 'access@example.org',
} as const;

export const fixtureFunding = { statement: 'co-funded', grantingAuthority: 'EISMEA', grantNumber: '000000000' } as const;

/** The repository setting for each place the editing links open, as an operator would write it (src/settings.ts `repository`). */
export const fixtureRepositories = {
  github: { host: 'github', url: 'https://github.com/example-org/itbridge-site', branch: 'main', editLinks: 'git-host' },
  gitlab: { host: 'gitlab', url: 'https://gitlab.com/example-group/itbridge-site', branch: 'main', editLinks: 'git-host' },
  forgejo: { host: 'forgejo', url: 'https://codeberg.org/example-org/itbridge-site', branch: 'main', editLinks: 'git-host' },
  /** The default: the links open the site's editor at /admin/. */
  cms: { host: 'github', url: 'https://github.com/example-org/itbridge-site', branch: 'main' },
} as const satisfies Record<string, RepositorySettings>;
