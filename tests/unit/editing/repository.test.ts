import { describe, it, expect } from 'vitest';
import { compareUrl, createEditorUrls, repositoryBase, type ContentFile } from '../../../src/lib/editing/repository';
import { repository } from '../../../src/settings';
import { fixtureRepositories } from '../../helpers/settings';
import { rootUrls, subUrls } from '../../helpers/entries';

const guide: ContentFile = { collection: 'guides', locale: 'en', slug: 'eu-market-entry-for-it-smes', path: 'content/guides/en/eu-market-entry-for-it-smes.md' };
const translation: ContentFile = { ...guide, locale: 'bg', path: 'content/guides/bg/eu-market-entry-for-it-smes.md' };
const editor = (name: keyof typeof fixtureRepositories, urls = rootUrls) => createEditorUrls(fixtureRepositories[name], urls.asset);

describe('the repository setting', () => {
  it('ships unset, so no page shows an editing link', () => {
    expect(repository).toBeNull();
  });
});

describe('createEditorUrls', () => {
  it('opens GitHub’s editor on the file, and its new-file form with the whole path', () => {
    expect(editor('github').edit(guide)).toBe('https://github.com/example-org/itbridge-site/edit/main/content/guides/en/eu-market-entry-for-it-smes.md');
    expect(editor('github').create(translation)).toBe('https://github.com/example-org/itbridge-site/new/main?filename=content/guides/bg/eu-market-entry-for-it-smes.md');
  });

  it('opens GitLab’s editor on the file, and its new-file form in the language folder with the name', () => {
    expect(editor('gitlab').edit(guide)).toBe('https://gitlab.com/example-group/itbridge-site/-/edit/main/content/guides/en/eu-market-entry-for-it-smes.md');
    expect(editor('gitlab').create(translation)).toBe('https://gitlab.com/example-group/itbridge-site/-/new/main/content/guides/bg?file_name=eu-market-entry-for-it-smes.md');
  });

  it('opens the Forgejo (Codeberg, Gitea) editor on the file, and its new-file form with the whole path', () => {
    expect(editor('forgejo').edit(guide)).toBe('https://codeberg.org/example-org/itbridge-site/_edit/main/content/guides/en/eu-market-entry-for-it-smes.md');
    expect(editor('forgejo').create(translation)).toBe('https://codeberg.org/example-org/itbridge-site/_new/main?filename=content/guides/bg/eu-market-entry-for-it-smes.md');
  });

  it('opens the entry in the site’s own editor at /admin/, under the site’s base, for editing and translating alike', () => {
    expect(editor('cms').edit(guide)).toBe('/admin/#/collections/guides/entries/eu-market-entry-for-it-smes');
    expect(editor('cms').create(translation)).toBe('/admin/#/collections/guides/entries/eu-market-entry-for-it-smes');
    expect(editor('cms', subUrls).edit(guide)).toBe('/sub/admin/#/collections/guides/entries/eu-market-entry-for-it-smes');
  });

  it('keeps an MDX file’s extension and a branch with a slash, encoding what a URL cannot hold', () => {
    const study: ContentFile = { collection: 'studies', locale: 'uk', slug: 's', path: 'content/studies/uk/s.mdx' };
    const github = createEditorUrls({ host: 'github', url: 'https://github.com/o/r', branch: 'release/2027-q1', editLinks: 'git-host' }, rootUrls.asset);
    expect(github.edit(study)).toBe('https://github.com/o/r/edit/release/2027-q1/content/studies/uk/s.mdx');
    expect(createEditorUrls({ host: 'forgejo', url: 'https://git.example.org/o/r', branch: 'main', editLinks: 'git-host' }, rootUrls.asset).edit({ ...study, path: 'content/studies/uk/a b.mdx' })).toBe(
      'https://git.example.org/o/r/_edit/main/content/studies/uk/a%20b.mdx',
    );
  });

  it('accepts the address with a trailing slash or as a clone address, and a self-hosted GitLab group path', () => {
    expect(repositoryBase('https://github.com/example-org/itbridge-site/')).toBe('https://github.com/example-org/itbridge-site');
    expect(repositoryBase('https://codeberg.org/example-org/itbridge-site.git')).toBe('https://codeberg.org/example-org/itbridge-site');
    expect(createEditorUrls({ host: 'gitlab', url: 'https://git.example.org/group/sub/site', branch: 'main', editLinks: 'git-host' }, rootUrls.asset).edit(guide)).toBe(
      'https://git.example.org/group/sub/site/-/edit/main/content/guides/en/eu-market-entry-for-it-smes.md',
    );
  });

  it('stops the build on an address that is not a repository’s https address, naming the setting', () => {
    for (const url of ['github.com/example-org/site', 'http://github.com/example-org/site', 'https://github.com/example-org', 'https://github.com/o/r?tab=code', 'https://github.com/o/r#readme']) {
      expect(() => createEditorUrls({ host: 'github', url, branch: 'main' }, rootUrls.asset), url).toThrow(/^src\/settings\.ts: repository\.url ".*" is not a/);
    }
  });

  it('stops the build on an empty branch, an unknown host or an unknown place for the links, whichever editor the links open', () => {
    expect(() => createEditorUrls({ host: 'github', url: 'https://github.com/o/r', branch: ' ' }, rootUrls.asset)).toThrow(/repository\.branch " " is not a branch name/);
    expect(() => createEditorUrls({ ...fixtureRepositories.cms, url: 'https://github.com/o' }, rootUrls.asset)).toThrow(/repository\.url "https:\/\/github\.com\/o" is not/);
    expect(() => createEditorUrls({ host: 'bitbucket' as 'github', url: 'https://bitbucket.org/o/r', branch: 'main' }, rootUrls.asset)).toThrow(
      /repository\.host "bitbucket" is not a host this site knows\. Use one of: github, gitlab, forgejo\./,
    );
    expect(() => createEditorUrls({ ...fixtureRepositories.cms, editLinks: 'wiki' as 'cms' }, rootUrls.asset)).toThrow(/repository\.editLinks "wiki" is not a place the links can open/);
  });
});

describe('compareUrl', () => {
  it('links every host\'s comparison from the sync commit to the site\'s branch, whichever editor the links open', () => {
    const commit = '3f2a9c1d0b4e5f60718293a4b5c6d7e8f9012345';
    expect(compareUrl(fixtureRepositories.github, commit)).toBe(`https://github.com/example-org/itbridge-site/compare/${commit}...main`);
    expect(compareUrl(fixtureRepositories.gitlab, commit)).toBe(`https://gitlab.com/example-group/itbridge-site/-/compare/${commit}...main`);
    expect(compareUrl(fixtureRepositories.forgejo, commit)).toBe(`https://codeberg.org/example-org/itbridge-site/compare/${commit}...main`);
    expect(compareUrl(fixtureRepositories.cms, commit)).toBe(`https://github.com/example-org/itbridge-site/compare/${commit}...main`);
  });
});
