/**
 * Planted defects, as data: each case changes a copy of the fixture content and says what both the
 * build and npm run check:content must report. `bad-input.test.ts` runs every case through both.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One message a case must produce: the file it names and what follows the file, in both outputs. */
export interface ExpectedMessage {
  /** The end of the file's path, with `:<line>` when the message points at a line. */
  file: string;
  /** Matches the message after the file; the text from the match to the end of the line must be the same in both outputs. */
  message: RegExp;
}

export interface BadInputCase {
  /** The test's name: what the build does with the defect. */
  name: string;
  /** Changes the copied content folder (and, for cases about served files, the copied public folder). */
  plant: (content: string, publicDir: string) => void;
  expected: readonly ExpectedMessage[];
  /** The build logs the message and goes on (it publishes less); check:content warns and exits 0. */
  warningOnly?: boolean;
}

/** Rewrites a file of the copied content. */
export function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

/** The first bytes of a PNG: what a file looks like when an image is saved under a .md name. */
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

export const badInputCases: readonly BadInputCase[] = [
  {
    name: 'fails on a chart whose data file is missing, naming the MDX file and the data file',
    plant: (c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('fixture-chart.csv', 'no-such-data.csv')),
    expected: [{ file: 'studies/en/fixture-study.mdx', message: /<Chart src="no-such-data\.csv">: the data file \S*data\/no-such-data\.csv does not exist/ }],
  },
  {
    name: 'fails on a chart whose data is malformed, naming the row and column',
    plant: (c) => writeFileSync(join(c, 'data/fixture-chart.csv'), 'Year,Members\n2024,12O\n'),
    expected: [{ file: 'studies/en/fixture-study.mdx', message: /<Chart src="fixture-chart\.csv">: .*fixture-chart\.csv.*"12O" is not a number/ }],
  },
  {
    name: 'fails on a download whose file is missing',
    plant: (c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('/downloads/fixture-report.pdf', '/downloads/missing-report.pdf')),
    expected: [{ file: 'studies/en/fixture-study.mdx:10', message: /field "downloads\.0\.file": names a file that is not in public\/downloads\// }],
  },
  {
    name: 'fails on a PartnerCard naming an unknown partner',
    plant: (c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace('<PartnerCard id="alpha-cluster" />', '<PartnerCard id="omega-cluster" />')),
    expected: [{ file: 'studies/en/fixture-study.mdx', message: /<PartnerCard>: id="omega-cluster" is not a partner\. Use one of: alpha-cluster/ }],
  },
  {
    name: 'fails on a missing title, naming the file and the field',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^title:.*\n/m, '')),
    expected: [{ file: 'news/en/first-news.md', message: /field "title": Required: add a title line, e\.g\. title: / }],
  },
  {
    name: 'fails on a bidi override in a title, which would make it display reversed',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^title: .*$/m, 'title: Report \u202Egnp.exe')),
    expected: [{ file: 'news/en/first-news.md:2', message: /field "title": contains an invisible character, U\+202E \(a bidirectional control.*Delete it/ }],
  },
  {
    name: 'fails on a zero-width space in a partner name, naming the file and the field',
    plant: (c) => edit(join(c, 'partners/organisations.yaml'), (t) => t.replace(/^( {2}name: .*?)(\w)$/m, '$1\u200B$2')),
    expected: [{ file: 'partners/organisations.yaml:1', message: /field "alpha-cluster\.name": contains an invisible character, U\+200B \(a zero-width space\)/ }],
  },
  {
    name: 'fails on a description over 160 characters, saying the limit',
    plant: (c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => t.replace(/^description:.*$/m, `description: ${'Long text. '.repeat(16)}`)),
    expected: [{ file: 'guides/en/fixture-guide.md:3', message: /field "description": must be at most 160 characters: search engines cut longer descriptions/ }],
  },
  {
    name: 'fails on an impossible date that YAML would silently roll over',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: 2025-13-45')),
    expected: [{ file: 'news/en/first-news.md:4', message: /field "pubDate" is "2025-13-45", which is not a calendar date\. Write it as YYYY-MM-DD/ }],
  },
  {
    name: 'fails on an impossible date under a quoted key with a space before the colon',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^pubDate:.*$/m, '"pubDate" : 2025-02-30')),
    expected: [{ file: 'news/en/first-news.md:4', message: /field "pubDate" is "2025-02-30", which is not a calendar date\. Write it as YYYY-MM-DD/ }],
  },
  {
    name: 'fails on a date with a time zone, which would be shown as another day',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: 2025-02-13T23:30:00-05:00')),
    expected: [{ file: 'news/en/first-news.md:4', message: /field "pubDate" is "2025-02-13T23:30:00-05:00", which has a time or time zone.*pubDate: 2025-02-13\./ }],
  },
  {
    name: 'fails on an unparseable date',
    plant: (c) => edit(join(c, 'studies/en/fixture-study.mdx'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: next spring')),
    expected: [{ file: 'studies/en/fixture-study.mdx:4', message: /field "pubDate" is "next spring", which is not a calendar date/ }],
  },
  {
    name: 'fails on an unknown topic, listing the allowed ones',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^topics:.*$/m, 'topics: [blockchain]')),
    expected: [{ file: 'news/en/first-news.md:5', message: /field "topics\.0": Invalid option: expected one of "market-entry"/ }],
  },
  {
    name: 'fails on an unknown partner reference, listing the partner ids',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^partners:.*$/m, 'partners: [beta-cluster]')),
    expected: [{ file: 'news/en/first-news.md', message: /field "partners" names "beta-cluster", which is not a partner id\. Allowed: alpha-cluster/ }],
  },
  {
    name: 'fails on a partner profile with no partner facts',
    plant: (c) => cpSync(join(c, 'partners/en/alpha-cluster.md'), join(c, 'partners/en/gamma-cluster.md')),
    expected: [{ file: 'partners/en/gamma-cluster.md', message: /there is no partner "gamma-cluster" in content\/partners\/organisations\.yaml/ }],
  },
  {
    name: 'fails on a partner logo that is not in public/partners/',
    plant: (c) => edit(join(c, 'partners/organisations.yaml'), (t) => `${t}  logo: /partners/no-such-logo.svg\n`),
    expected: [{ file: 'partners/organisations.yaml:1', message: /field "alpha-cluster\.logo": names a file that is not in public\/partners\// }],
  },
  {
    name: 'fails on partner facts that are not YAML, which Astro’s loader would only log',
    plant: (c) => edit(join(c, 'partners/organisations.yaml'), (t) => t.replace('  role: coordinator', '   role: coordinator')),
    expected: [{ file: 'partners/organisations.yaml:3', message: /is not valid YAML \(bad indentation of a mapping entry\)/ }],
  },
  {
    name: 'fails on a partner id written twice, naming the id and its second line',
    plant: (c) => edit(join(c, 'partners/organisations.yaml'), (t) => `${t}alpha-cluster:\n  name: Duplicate\n`),
    expected: [{ file: 'partners/organisations.yaml:6', message: /the partner id "alpha-cluster" is written twice, so YAML refuses the file/ }],
  },
  {
    name: 'fails on a partner field written twice, naming the field',
    plant: (c) => edit(join(c, 'partners/organisations.yaml'), (t) => t.replace('  role: coordinator', '  role: coordinator\n  role: member')),
    expected: [{ file: 'partners/organisations.yaml:4', message: /field "alpha-cluster\.role" is written twice in one partner's entry/ }],
  },
  {
    name: 'fails on frontmatter that is not YAML, naming the line',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^topics:.*$/m, 'topics: [networking')),
    expected: [{ file: 'news/en/first-news.md:6', message: /the frontmatter is not valid YAML \(.+\)\. Check that line/ }],
  },
  {
    name: 'fails on a binary file saved under a .md name, saying what to do with it',
    plant: (c) => writeFileSync(join(c, 'news/en/photo.md'), pngBytes),
    expected: [{ file: 'news/en/photo.md', message: /is not a text file but binary data .*put images in public\// }],
  },
  {
    name: 'fails on a folder named like a Markdown file, which the content loader would skip silently',
    plant: (c) => mkdirSync(join(c, 'guides/en/more-guides.md')),
    expected: [{ file: 'guides/en/more-guides.md', message: /is a folder, but names ending in \.md or \.mdx are for Markdown files\. Rename the folder/ }],
  },
  {
    name: 'fails on a file under an unknown locale folder, naming the allowed locales',
    plant: (c) => {
      mkdirSync(join(c, 'guides/ua'));
      cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/ua/fixture-guide.md'));
    },
    expected: [{ file: 'guides/ua/fixture-guide.md', message: /"ua" is not a locale folder\. Move the file into one of: en, uk, ro, es, bg/ }],
  },
  {
    name: 'fails on two files resolving to the same URL, naming both',
    plant: (c) => cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/en/fixture-guide.mdx')),
    expected: [
      { file: 'guides/en/fixture-guide.md', message: /resolve to the same page \(en\/fixture-guide\)\. Keep one file per locale and slug/ },
      { file: 'guides/en/fixture-guide.mdx', message: /resolve to the same page \(en\/fixture-guide\)\. Keep one file per locale and slug/ },
    ],
  },
  {
    name: 'fails on a standalone page named like a listing, which would share its URL',
    plant: (c) => cpSync(join(c, 'pages/en/about.md'), join(c, 'pages/en/news.md')),
    expected: [{ file: 'pages/en/news.md', message: /the name is taken by the site's own pages/ }],
  },
  {
    name: 'fails on Romanian cedilla letters and a mixed Ukrainian apostrophe, naming file and line',
    plant: (c) => {
      mkdirSync(join(c, 'news/ro'));
      writeFileSync(join(c, 'news/ro/first-news.md'), '---\ntitle: Știre de test\ndescription: O știre de test pentru verificarea construcției.\n---\nCooperare şi inovare.\n');
      edit(join(c, 'news/uk/first-news.md'), (t) => `${t}\nОб'єднання кластерів.\n`);
    },
    expected: [
      { file: 'news/ro/first-news.md:5', message: /Romanian cedilla letter "ş": write ș ț/ },
      { file: 'news/uk/first-news.md:7', message: /Ukrainian apostrophe "'": write ’/ },
    ],
  },
  {
    name: 'fails when a translation repeats a language-neutral field',
    plant: (c) => edit(join(c, 'news/uk/first-news.md'), (t) => t.replace(/^title:.*$/m, (m) => `${m}\npubDate: 2025-01-01`)),
    expected: [{ file: 'news/uk/first-news.md', message: /field "pubDate" is language-neutral and is written once, in \S*news\/en\/first-news\.md/ }],
  },
  {
    name: 'fails when the original lacks a required language-neutral field',
    plant: (c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => t.replace(/^topics:.*\n/m, '')),
    expected: [{ file: 'guides/en/fixture-guide.md', message: /field "topics" is required in the original-language file/ }],
  },
  {
    name: 'fails when the files of a document disagree on sourceLocale, naming both',
    plant: (c) => {
      edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^title:.*$/m, (m) => `${m}\nsourceLocale: en`));
      edit(join(c, 'news/uk/first-news.md'), (t) => t.replace(/^title:.*$/m, (m) => `${m}\nsourceLocale: uk`));
    },
    expected: [
      { file: 'news/en/first-news.md', message: /field "sourceLocale" disagrees \(en vs uk\)\. Every translation of a document must name the same original language/ },
      { file: 'news/uk/first-news.md', message: /field "sourceLocale" disagrees \(en vs uk\)\. Every translation of a document must name the same original language/ },
    ],
  },
  {
    name: 'fails on a content file that is a symbolic link to a file outside the repository',
    plant: (c) => symlinkSync('/etc/passwd', join(c, 'pages/en/x.md')),
    expected: [{ file: 'pages/en/x.md', message: /is a symbolic link \(to \/etc\/passwd\), which the build refuses.*Delete the link/ }],
  },
  {
    name: 'fails on a symbolic link in public/, which would publish the file it points at',
    plant: (_c, p) => symlinkSync('/etc/hostname', join(p, 'downloads/leak.pdf')),
    expected: [{ file: 'downloads/leak.pdf', message: /is a symbolic link \(to \/etc\/hostname\), which the build refuses/ }],
  },
  {
    name: 'fails on a symbolic link loop with the same message, not a raw ELOOP',
    plant: (c) => symlinkSync('..', join(c, 'news/en/loop')),
    expected: [{ file: 'news/en/loop', message: /is a symbolic link \(to \.\.\), which the build refuses/ }],
  },
  {
    name: 'publishes neither a draft original nor its translation, and says so without failing',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^title:.*$/m, (m) => `${m}\ndraft: true`)),
    expected: [
      { file: 'news/en/first-news.md', message: /draft, not published\./ },
      { file: 'news/uk/first-news.md', message: /not published because its original \(news\/en\/first-news\) is a draft\./ },
    ],
    warningOnly: true,
  },
];
