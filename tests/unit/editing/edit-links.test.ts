import { describe, it, expect } from 'vitest';
import { buildTranslationMap, resolveVersion } from '../../../src/lib/content/translation-map';
import { buildEditLinks, contentFileOf, translationFile } from '../../../src/lib/editing/edit-links';
import { createEditorUrls } from '../../../src/lib/editing/repository';
import { entry, fixtureToday, rootUrls } from '../../helpers/entries';
import { fixtureRepositories } from '../../helpers/settings';

const map = buildTranslationMap(
  [
    entry('guides', 'en', 'gdpr', { pubDate: new Date('2025-01-10') }),
    entry('guides', 'uk', 'gdpr'),
    { ...entry('studies', 'uk', 'it-market', { sourceLocale: 'uk', pubDate: new Date('2025-01-10') }), filePath: 'content/studies/uk/it-market.mdx' },
  ],
  { today: fixtureToday },
);
const gdpr = map.get('guides', 'gdpr')!;
const study = map.get('studies', 'it-market')!;
const editors = Object.fromEntries(Object.entries(fixtureRepositories).map(([name, settings]) => [name, createEditorUrls(settings, rootUrls.asset)]));
const links = (doc: typeof gdpr, locale: Parameters<typeof resolveVersion>[1], editor: keyof typeof editors, stale = false) =>
  buildEditLinks({ doc, version: resolveVersion(doc, locale), stale }, editors[editor]).map((l) => [l.kind, l.label, l.href]);

describe('buildEditLinks', () => {
  it('gives no link without an editor (the repository setting unset)', () => {
    expect(buildEditLinks({ doc: gdpr, version: resolveVersion(gdpr, 'bg'), stale: false }, undefined)).toEqual([]);
  });

  it('gives the original and an up-to-date translation one link: edit the file shown', () => {
    expect(links(gdpr, 'en', 'gitlab')).toEqual([['edit', 'editLinks.edit', 'https://gitlab.com/example-group/itbridge-site/-/edit/main/content/guides/en/gdpr.md']]);
    expect(links(gdpr, 'uk', 'forgejo')).toEqual([['edit', 'editLinks.edit', 'https://codeberg.org/example-org/itbridge-site/_edit/main/content/guides/uk/gdpr.md']]);
  });

  it('gives a fallback page the original to edit and the reader’s language file to create, for each host', () => {
    expect(links(gdpr, 'ro', 'github')).toEqual([
      ['edit', 'editLinks.edit', 'https://github.com/example-org/itbridge-site/edit/main/content/guides/en/gdpr.md'],
      ['translate', 'editLinks.translate', 'https://github.com/example-org/itbridge-site/new/main?filename=content/guides/ro/gdpr.md'],
    ]);
    expect(links(gdpr, 'ro', 'gitlab')).toEqual([
      ['edit', 'editLinks.edit', 'https://gitlab.com/example-group/itbridge-site/-/edit/main/content/guides/en/gdpr.md'],
      ['translate', 'editLinks.translate', 'https://gitlab.com/example-group/itbridge-site/-/new/main/content/guides/ro?file_name=gdpr.md'],
    ]);
    expect(links(gdpr, 'ro', 'forgejo')).toEqual([
      ['edit', 'editLinks.edit', 'https://codeberg.org/example-org/itbridge-site/_edit/main/content/guides/en/gdpr.md'],
      ['translate', 'editLinks.translate', 'https://codeberg.org/example-org/itbridge-site/_new/main?filename=content/guides/ro/gdpr.md'],
    ]);
    expect(links(gdpr, 'ro', 'cms')).toEqual([
      ['edit', 'editLinks.edit', '/admin/#/collections/guides/entries/gdpr'],
      ['translate', 'editLinks.translate', '/admin/#/collections/guides/entries/gdpr'],
    ]);
  });

  it('gives a stale translation one link, to update that translation', () => {
    expect(links(gdpr, 'uk', 'github', true)).toEqual([['update', 'editLinks.update', 'https://github.com/example-org/itbridge-site/edit/main/content/guides/uk/gdpr.md']]);
    expect(links(gdpr, 'uk', 'gitlab', true)).toEqual([['update', 'editLinks.update', 'https://gitlab.com/example-group/itbridge-site/-/edit/main/content/guides/uk/gdpr.md']]);
    expect(links(gdpr, 'uk', 'forgejo', true)).toEqual([['update', 'editLinks.update', 'https://codeberg.org/example-org/itbridge-site/_edit/main/content/guides/uk/gdpr.md']]);
    expect(links(gdpr, 'uk', 'cms', true)).toEqual([['update', 'editLinks.update', '/admin/#/collections/guides/entries/gdpr']]);
  });

  it('follows a Ukrainian original: its English fallback edits the .mdx in uk/ and creates it in en/', () => {
    expect(links(study, 'en', 'github')).toEqual([
      ['edit', 'editLinks.edit', 'https://github.com/example-org/itbridge-site/edit/main/content/studies/uk/it-market.mdx'],
      ['translate', 'editLinks.translate', 'https://github.com/example-org/itbridge-site/new/main?filename=content/studies/en/it-market.mdx'],
    ]);
    expect(links(study, 'uk', 'github').map(([kind]) => kind)).toEqual(['edit']);
  });
});

describe('contentFileOf and translationFile', () => {
  it('reads the file from the entry’s path relative to the repository, and moves it to another language folder', () => {
    const file = contentFileOf({ ...entry('news', 'en', 'kickoff'), filePath: './content/news/en/kickoff.md' });
    expect(file).toEqual({ collection: 'news', locale: 'en', slug: 'kickoff', path: 'content/news/en/kickoff.md' });
    expect(translationFile(file, 'uk')).toEqual({ collection: 'news', locale: 'uk', slug: 'kickoff', path: 'content/news/uk/kickoff.md' });
  });

  it('refuses a file outside the repository, which has no address on the Git host', () => {
    expect(() => contentFileOf({ ...entry('news', 'en', 'kickoff'), filePath: '../../tmp/case-1/content/news/en/kickoff.md' })).toThrow(/is not inside the repository/);
    expect(() => contentFileOf({ ...entry('news', 'en', 'kickoff'), filePath: '/tmp/content/news/en/kickoff.md' })).toThrow(/set repository to null/);
  });
});
