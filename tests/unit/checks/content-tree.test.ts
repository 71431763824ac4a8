import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContentTree } from '../../../src/lib/checks/content-tree';

const fm = (extra = '') => `---\ntitle: A title\ndescription: A description of twenty characters or more.\n${extra}---\nText.\n`;
const organisations = 'alpha-cluster:\n  name: Alpha Cluster\n  role: coordinator\n  country: RO\n  city: { en: Cluj, uk: Клуж, ro: Cluj, es: Cluj, bg: Клуж }\n';

/** A content folder with the given files (path → text or bytes), read as the build reads it. */
function treeOf(files: Record<string, string | Buffer>) {
  const root = mkdtempSync(join(tmpdir(), 'itbridge-tree-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, 'content', path)), { recursive: true });
    if (path.endsWith('/')) mkdirSync(join(root, 'content', path), { recursive: true });
    else writeFileSync(join(root, 'content', path), text);
  }
  return readContentTree(join(root, 'content'), { publicDir: join(root, 'public'), root });
}
const described = (tree: ReturnType<typeof treeOf>) => tree.problems.map((p) => `${p.check} ${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);

describe('readContentTree', () => {
  it('hands over valid files as the content layer would: id from the path, data from the schema', () => {
    const tree = treeOf({
      'news/en/kickoff.md': fm('pubDate: 2025-02-13\ntopics: [networking]\n'),
      'news/uk/kickoff.md': fm(),
      'partners/organisations.yaml': organisations,
    });
    expect(tree.problems).toEqual([]);
    expect(tree.fileCount).toBe(2);
    expect(tree.entries.map((e) => [e.id, e.collection, e.filePath, e.data.draft])).toEqual([
      ['en/kickoff', 'news', 'content/news/en/kickoff.md', false],
      ['uk/kickoff', 'news', 'content/news/uk/kickoff.md', false],
    ]);
    expect(tree.organisations.map((o) => o.id)).toEqual(['alpha-cluster']);
  });

  it('reports schema problems as field "<path>": <message> at the key’s line, with the schema’s own fix', () => {
    const tree = treeOf({ 'guides/en/g.md': '---\ndescription: Too short\ntopics: [blockchain]\nauthor: Me\n---\n' });
    expect(described(tree)).toEqual([
      'schema content/guides/en/g.md:1 field "title": Required: add a title line, e.g. title: ITBridge kicks off in Cluj-Napoca',
      'schema content/guides/en/g.md:2 field "description": is 9 characters; the minimum is 20: write one full sentence',
      expect.stringMatching(/^schema content\/guides\/en\/g\.md:3 field "topics" \(the 1st item\): "blockchain" is not one of the allowed values\. Allowed: market-entry, /),
      'schema content/guides/en/g.md:4 field "author": is not a field of this file. Check the spelling, or delete the line.',
    ]);
    expect(tree.entries).toEqual([]);
    expect(tree.rejected).toEqual(new Set(['guides/g']));
  });

  it('reports a date as written once, not a second time from the schema', () => {
    const tree = treeOf({ 'news/en/n.md': fm('pubDate: next spring\n') });
    expect(described(tree)).toEqual([
      'dates content/news/en/n.md:4 field "pubDate" is "next spring", which is not a calendar date. Write it as YYYY-MM-DD, for example pubDate: 2025-02-13.',
    ]);
  });

  it('refuses a binary file and a folder named like a Markdown file, saying what to do', () => {
    const tree = treeOf({ 'news/en/photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'news/en/folder.md/': '' });
    expect(tree.problems.map((p) => [p.check, p.file, p.locale])).toEqual([
      ['file', 'content/news/en/folder.md', 'en'],
      ['file', 'content/news/en/photo.md', 'en'],
    ]);
    expect(tree.problems[0]!.message).toMatch(/^is a folder, but names ending in \.md or \.mdx are for Markdown files\. Rename the folder/);
    expect(tree.problems[1]!.message).toMatch(/^is not a text file but binary data/);
  });

  it('refuses a file outside a locale folder with the path rule’s message', () => {
    const tree = treeOf({ 'guides/ua/g.md': fm() });
    expect(described(tree)).toEqual([
      'path content/guides/ua/g.md "ua" is not a locale folder. Move the file into one of: en, uk, ro, es, bg (Ukrainian is "uk", never "ua").',
    ]);
    expect(tree.problems[0]!.locale).toBeUndefined();
  });

  it('refuses frontmatter that is not YAML, at its line', () => {
    const tree = treeOf({ 'news/en/n.md': '---\ntitle: A title\ntopics: [networking\n---\n' });
    expect(described(tree)).toEqual([expect.stringMatching(/^yaml content\/news\/en\/n\.md:4 the frontmatter is not valid YAML \(.+\)\. Check that line/)]);
    expect(tree.rejected).toEqual(new Set(['news/n']));
  });

  it('names both files that resolve to the same page, and a page named like a listing', () => {
    const tree = treeOf({ 'guides/en/g.md': fm(), 'guides/en/g.mdx': fm(), 'pages/en/news.md': fm() });
    expect(described(tree)).toEqual([
      'duplicate content/guides/en/g.md and content/guides/en/g.mdx resolve to the same page (en/g). Keep one file per locale and slug: rename or delete the others.',
      "reserved-slug content/pages/en/news.md the name is taken by the site's own pages (news, guides, studies, partners, pages, topics, 404, search, rss); two pages would resolve to the same URL. Rename the file.",
    ]);
    expect(tree.entries.map((e) => e.filePath)).toEqual(['content/pages/en/news.md']);
  });

  it('keeps a file with an orthography problem, which the content layer would load', () => {
    const tree = treeOf({ 'news/ro/n.md': fm().replace('Text.', 'Cooperare şi inovare.') });
    expect(tree.problems.map((p) => `${p.check}:${p.line}`)).toEqual(['orthography:5']);
    expect(tree.entries).toHaveLength(1);
  });

  it('reports partner facts that are not YAML, which Astro’s loader would only log', () => {
    const tree = treeOf({ 'partners/organisations.yaml': 'alpha-cluster:\n  name: Alpha\n   role: coordinator\n' });
    expect(tree.problems.map((p) => [p.check, p.file, p.line])).toEqual([['yaml', 'content/partners/organisations.yaml', 3]]);
    expect(tree.problems[0]!.message).toMatch(/^is not valid YAML \(bad indentation of a mapping entry\)/);
    expect(tree.organisations).toEqual([]);
  });

  it('reports partner facts the schema refuses, naming the partner and the field', () => {
    const tree = treeOf({ 'partners/organisations.yaml': `${organisations}  logo: /partners/none.svg\n` });
    expect(described(tree)).toEqual([
      'schema content/partners/organisations.yaml:1 field "alpha-cluster.logo": names a file that is not in public/partners/: add the file or remove the field',
    ]);
  });

  it('refuses a frontmatter block that is never closed, naming where the --- goes, instead of a missing title and false headings', () => {
    const tree = treeOf({ 'news/en/n.md': '---\n# Headline, 3–120 characters.\ntitle: A title\n# One sentence.\ndescription: A description of twenty characters or more.\n\nText.\n' });
    expect(described(tree)).toEqual([
      'yaml content/news/en/n.md:1 the frontmatter that starts on line 1 is not closed: add a line with only --- after line 5, the end of the fields, before the text.',
    ]);
  });

  it('reports links that lead to no page of the site and images that are not in public/, with the fix', () => {
    const tree = treeOf({
      'news/en/kickoff.md': fm('pubDate: 2025-02-13\ntopics: [networking]\n'),
      'news/uk/kickoff.md': `${fm()}\n[a](/uk/news/kickof/) [b](http://127.0.0.1:4321/uk/news/kickoff/) [c](/uk/news/kickoff/) [d](/uk/topics/networking/)\n\n![Map](/images/map.png)\n`,
    });
    expect(described(tree)).toEqual([
      'broken-link content/news/uk/kickoff.md:7 links to /uk/news/kickof/, which is not a page of the site. Did you mean /uk/news/kickoff/? Copy the address from the page in the preview, or check the slug: it is the file name, content/<collection>/<locale>/<slug>.md.',
      'broken-link content/news/uk/kickoff.md:7 links to http://127.0.0.1:4321/uk/news/kickoff/, an address on your own computer (the preview): readers cannot open it. Write the path alone: /uk/news/kickoff/',
      'missing-image content/news/uk/kickoff.md:9 image /images/map.png does not exist: there is no file public/images/map.png. Put the image there, or correct the name.',
    ]);
  });
});
