import { describe, it, expect } from 'vitest';
import { adminConnectSources, cmsBackend, commitMessages, localOnlyBackend } from '../../../src/lib/cms/backend';
import type { RepositorySettings } from '../../../src/settings';
import { fixtureRepositories } from '../../helpers/settings';

const github = (over: Partial<RepositorySettings> = {}): RepositorySettings => ({ ...fixtureRepositories.cms, ...over });
const gitlab = (over: Partial<RepositorySettings> = {}): RepositorySettings => ({ host: 'gitlab', url: 'https://gitlab.com/example-group/itbridge-site', branch: 'main', ...over });
const forgejo = (over: Partial<RepositorySettings> = {}): RepositorySettings => ({ host: 'forgejo', url: 'https://codeberg.org/example-org/itbridge-site', branch: 'main', ...over });

describe('cmsBackend', () => {
  it('offers only the local repository while the setting is unset, with a placeholder repo in owner/name form', () => {
    expect(cmsBackend(null)).toEqual({ name: 'github', repo: 'local/itbridge-site', auth_methods: ['token'] });
    expect(cmsBackend(null)).toBe(localOnlyBackend);
  });

  it('signs in to github.com with a token by default, naming owner/name and the branch', () => {
    expect(cmsBackend(github())).toEqual({ name: 'github', repo: 'example-org/itbridge-site', branch: 'main', commit_messages: commitMessages, auth_methods: ['token'] });
  });

  it('normalises the address as the editing links do (trailing slash, .git, spaces around the branch)', () => {
    expect(cmsBackend(github({ url: 'https://github.com/example-org/itbridge-site.git/', branch: ' main ' }))).toMatchObject({ repo: 'example-org/itbridge-site', branch: 'main' });
  });

  it('signs in to GitHub through an OAuth relay at its origin, tokens still allowed', () => {
    const backend = cmsBackend(github({ signIn: { method: 'oauth-relay', relayUrl: 'https://itbridge-auth.example.workers.dev/' } }));
    expect(backend).toMatchObject({ name: 'github', base_url: 'https://itbridge-auth.example.workers.dev', auth_methods: ['oauth', 'token'] });
  });

  it('refuses a relay address that is not an https origin', () => {
    for (const relayUrl of ['http://auth.example.org', 'https://auth.example.org/auth', 'https://auth.example.org/?x=1', 'auth.example.org']) {
      expect(() => cmsBackend(github({ signIn: { method: 'oauth-relay', relayUrl } }))).toThrow(/src\/settings\.ts: repository\.signIn\.relayUrl .* not an https origin/);
    }
  });

  it('refuses PKCE with GitHub, naming the setting and the ways that work', () => {
    expect(() => cmsBackend(github({ signIn: { method: 'pkce', appId: 'abc' } }))).toThrow(
      /src\/settings\.ts: repository\.signIn \{ method: 'pkce' \} does not work with GitHub.*\{ method: 'token' \}.*oauth-relay/,
    );
  });

  it('points GitHub Enterprise Server at its own REST API', () => {
    expect(cmsBackend(github({ url: 'https://git.example.org/team/site' }))).toMatchObject({ name: 'github', repo: 'team/site', api_root: 'https://git.example.org/api/v3' });
    expect(cmsBackend(github())).not.toHaveProperty('api_root');
  });

  it('refuses a GitHub address deeper than owner/name', () => {
    expect(() => cmsBackend(github({ url: 'https://github.com/example-org/itbridge-site/tree/main' }))).toThrow(/repository\.url .* the owner and the name only/);
  });

  it('keeps GitLab subgroups in the repo path, with the default host implied', () => {
    const backend = cmsBackend(gitlab({ url: 'https://gitlab.com/example-group/web/itbridge-site' }));
    expect(backend).toEqual({ name: 'gitlab', repo: 'example-group/web/itbridge-site', branch: 'main', commit_messages: commitMessages, auth_methods: ['token'] });
  });

  it('points a self-hosted GitLab at its origin and API, and signs in with PKCE when an application ID is given', () => {
    const backend = cmsBackend(gitlab({ url: 'https://git.example.eu/group/site', signIn: { method: 'pkce', appId: ' 1234abcd ' } }));
    expect(backend).toMatchObject({
      name: 'gitlab',
      base_url: 'https://git.example.eu',
      api_root: 'https://git.example.eu/api/v4',
      auth_type: 'pkce',
      app_id: '1234abcd',
      auth_methods: ['oauth', 'token'],
    });
  });

  it('refuses an empty application ID', () => {
    expect(() => cmsBackend(gitlab({ signIn: { method: 'pkce', appId: ' ' } }))).toThrow(/repository\.signIn\.appId .* not an application ID/);
  });

  it('refuses the OAuth relay for GitLab and Forgejo', () => {
    const signIn = { method: 'oauth-relay', relayUrl: 'https://auth.example.org' } as const;
    expect(() => cmsBackend(gitlab({ signIn }))).toThrow(/oauth-relay' \} is for GitHub only. For GitLab use \{ method: 'pkce'/);
    expect(() => cmsBackend(forgejo({ signIn }))).toThrow(/oauth-relay' \} is for GitHub only. For Codeberg\/Forgejo use/);
  });

  it('uses the Gitea backend for Codeberg/Forgejo, always naming the instance', () => {
    expect(cmsBackend(forgejo())).toEqual({
      name: 'gitea',
      repo: 'example-org/itbridge-site',
      branch: 'main',
      base_url: 'https://codeberg.org',
      api_root: 'https://codeberg.org/api/v1',
      commit_messages: commitMessages,
      auth_methods: ['token'],
    });
    const pkce = cmsBackend(forgejo({ signIn: { method: 'pkce', appId: 'client-id' } }));
    expect(pkce).toMatchObject({ app_id: 'client-id', auth_methods: ['oauth', 'token'] });
    expect(pkce).not.toHaveProperty('auth_type');
  });

  it('stops on a setting checkRepository refuses, with its message', () => {
    expect(() => cmsBackend(github({ url: 'http://github.com/o/r' }))).toThrow(/src\/settings\.ts: repository\.url/);
    expect(() => cmsBackend(github({ branch: 'my branch' }))).toThrow(/repository\.branch/);
    expect(() => cmsBackend({ ...github(), host: 'bitbucket' as never })).toThrow(/repository\.host "bitbucket"/);
    expect(() => cmsBackend(github({ signIn: { method: 'password' } as never }))).toThrow(/repository\.signIn\.method "password"/);
  });

  it('writes commit messages that name the entry and its file, with placeholders Sveltia fills', () => {
    for (const message of Object.values(commitMessages)) {
      const placeholders = message.match(/\{\{[^}]+\}\}/g) ?? [];
      expect(placeholders.every((p) => ['{{collection}}', '{{slug}}', '{{path}}'].includes(p))).toBe(true);
      expect(message).toContain('{{path}}');
    }
    expect(commitMessages.update).toBe('Update {{collection}} “{{slug}}”: {{path}}');
  });
});

describe('adminConnectSources', () => {
  it('allows no Git host while the setting is unset', () => {
    expect(adminConnectSources(null)).toEqual({ connectSrc: [], imgSrc: [] });
  });

  it('allows GitHub’s API and avatars for github.com, whatever the sign-in', () => {
    const expected = { connectSrc: ['https://api.github.com'], imgSrc: ['https://avatars.githubusercontent.com'] };
    expect(adminConnectSources(github())).toEqual(expected);
    expect(adminConnectSources(github({ signIn: { method: 'oauth-relay', relayUrl: 'https://auth.example.org' } }))).toEqual(expected);
  });

  it('allows the instance’s own origin for GitLab, Forgejo and GitHub Enterprise', () => {
    expect(adminConnectSources(gitlab())).toEqual({ connectSrc: ['https://gitlab.com'], imgSrc: ['https://gitlab.com'] });
    expect(adminConnectSources(forgejo())).toEqual({ connectSrc: ['https://codeberg.org'], imgSrc: ['https://codeberg.org'] });
    expect(adminConnectSources(github({ url: 'https://git.example.org/team/site' }))).toEqual({ connectSrc: ['https://git.example.org'], imgSrc: ['https://git.example.org'] });
  });

  it('refuses a setting the backend refuses, so the CSP never allows an unused host', () => {
    expect(() => adminConnectSources(github({ signIn: { method: 'pkce', appId: 'x' } }))).toThrow(/does not work with GitHub/);
  });
});
