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

/**
 * Writes blocks into the fixture study right after its first heading (line 13), separated by blank
 * lines: the first starts on line 15, each next one two lines further.
 */
function plantInStudy(content: string, blocks: readonly string[]) {
  edit(join(content, 'studies/en/fixture-study.mdx'), (t) => t.replace('## Summary\n', `## Summary\n\n${blocks.join('\n\n')}\n`));
}

/** Writes blocks after the fixture news item's one line of text (line 8): the first starts on line 10, each next one two lines further. */
function plantInNews(content: string, blocks: readonly string[]) {
  edit(join(content, 'news/en/first-news.md'), (t) => t.replace('Body of the fixture news item.\n', `Body of the fixture news item.\n\n${blocks.join('\n\n')}\n`));
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
    expected: [{ file: 'studies/en/fixture-study.mdx:10', message: /field "file" of the 1st item of "downloads": names a file that is not in public\/downloads\// }],
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
    name: 'fails on a description over 160 characters, saying its length and the limit',
    plant: (c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => t.replace(/^description:.*$/m, `description: ${'Long text. '.repeat(16)}`)),
    expected: [{ file: 'guides/en/fixture-guide.md:3', message: /field "description": is 175 characters; the limit is 160: search engines cut longer descriptions/ }],
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
    name: 'fails on a misspelt topic, naming it, its position counted from one, the topic meant and the allowed ones',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^topics:.*$/m, 'topics: [networking, cluster-developement]')),
    expected: [
      {
        file: 'news/en/first-news.md:5',
        message: /field "topics" \(the 2nd item\): "cluster-developement" is not one of the allowed values\. Did you mean "cluster-development"\? Allowed: market-entry, /,
      },
    ],
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
    name: 'fails on an image without alt text, as check:content does, naming the line',
    plant: (c) => edit(join(c, 'guides/en/fixture-guide.md'), (t) => `${t}\n![](/images/map.png)\n`),
    expected: [{ file: 'guides/en/fixture-guide.md', message: /image \/images\/map\.png has no alt text: write what it shows between the brackets/ }],
  },
  {
    name: 'fails on a page the loader would skip: x.MD or x.markdown',
    plant: (c) => {
      cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/en/shouting.MD'));
      cpSync(join(c, 'guides/en/fixture-guide.md'), join(c, 'guides/en/long-name.markdown'));
    },
    expected: [
      { file: 'guides/en/long-name.markdown', message: /is not read by the build: only files named <slug>\.md or <slug>\.mdx \(lowercase extension\) are published\. Rename it to long-name\.md/ },
      { file: 'guides/en/shouting.MD', message: /is not read by the build: .*Rename it to shouting\.md/ },
    ],
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
    name: 'fails on a place name or term the termbase refuses in that language, naming the form to use there',
    plant: (c) => {
      edit(join(c, 'news/en/first-news.md'), (t) => `${t}\nThe partners met in Kiev.\n`);
      edit(join(c, 'news/uk/first-news.md'), (t) => `${t}\nПартнери зустрілися у Киеві.\n`);
      mkdirSync(join(c, 'news/bg'));
      // Line 5 is the Bulgarian standard (Киев) and passes; line 7 is the Ukrainian form in Bulgarian text.
      writeFileSync(join(c, 'news/bg/first-news.md'), '---\ntitle: Тестова новина\ndescription: Тестова новина за проверка на сайта.\n---\nПартньорите се срещнаха в Киев.\n\nОфисът е в Київ.\n');
      mkdirSync(join(c, 'news/es'));
      writeFileSync(join(c, 'news/es/first-news.md'), '---\ntitle: Noticia de prueba\ndescription: Una noticia de prueba para comprobar el sitio.\n---\nLos socios se reunieron en Kiev y en Járkov con clústeres TIC.\n');
    },
    expected: [
      { file: 'news/en/first-news.md:10', message: /"Kiev" is not this site's English place name: write "Kyiv"/ },
      { file: 'news/uk/first-news.md:7', message: /"Киеві" is not this site's Ukrainian place name: write "Київ"/ },
      { file: 'news/bg/first-news.md:7', message: /"Київ" is not this site's Bulgarian place name: write "Киев"/ },
      { file: 'news/es/first-news.md:5', message: /"TIC" is not this site's Spanish term: write "de TI"/ },
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
    name: 'fails on MDX import, export and {expressions}, which would run code on the build machine',
    plant: (c) => plantInStudy(c, ["import { execSync } from 'node:child_process'", "{execSync('id -un').toString()}", 'Home: {process.env.HOME}.', 'export const leak = 1']),
    expected: [
      { file: 'studies/en/fixture-study.mdx:15', message: /import and export are not allowed in MDX: they would run code when the site is built\. The components Callout, Figure/ },
      { file: 'studies/en/fixture-study.mdx:17', message: /\{execSync\('id -un'\)\.toString\(\)\} is not allowed in MDX: code in braces would run when the site is built/ },
      { file: 'studies/en/fixture-study.mdx:19', message: /\{process\.env\.HOME\} is not allowed in MDX/ },
      { file: 'studies/en/fixture-study.mdx:21', message: /import and export are not allowed in MDX/ },
    ],
  },
  {
    name: 'fails on HTML, an unknown element, a computed attribute and a spread in MDX',
    plant: (c) =>
      plantInStudy(c, [
        '<div>Boxed text.</div>',
        '<script>{"alert(1)"}</script>',
        "<Callout title={fetch('/x')}>A tip.</Callout>",
        '<Figure src="/images/a.jpg" width={1200} height={800} alt="A photo" {...props} />',
        '<Callout type="tip" onClick="alert(1)">A tip.</Callout>',
      ]),
    expected: [
      { file: 'studies/en/fixture-study.mdx:15', message: /<div> is not allowed in MDX\. Write the text in Markdown, and use only the components Callout, Figure, StatGrid, PartnerCard, Chart/ },
      { file: 'studies/en/fixture-study.mdx:17', message: /<script> is not allowed in MDX/ },
      { file: 'studies/en/fixture-study.mdx:17', message: /\{"alert\(1\)"\} is not allowed in MDX/ },
      { file: 'studies/en/fixture-study.mdx:19', message: /<Callout>: title=\{fetch\('\/x'\)\} is not a literal value, and code in MDX would run when the site is built/ },
      { file: 'studies/en/fixture-study.mdx:21', message: /<Figure>: \{\.\.\.props\} is not allowed: write each attribute by name/ },
      { file: 'studies/en/fixture-study.mdx:23', message: /<Callout>: onClick is not an attribute of Callout\. Allowed: type, title\./ },
    ],
  },
  {
    name: 'fails on a Figure whose image is on another site, which the site promises never to request',
    plant: (c) => plantInStudy(c, ['<Figure src="https://tracker.example/photo.jpg" width={1200} height={800} alt="A photo" />']),
    expected: [
      { file: 'studies/en/fixture-study.mdx:15', message: /<Figure>: src="https:\/\/tracker\.example\/photo\.jpg" is not on this site, and the site makes no third-party requests/ },
    ],
  },
  {
    name: 'fails on a script element in Markdown, naming the line and the HTML that is allowed',
    plant: (c) => plantInNews(c, ['<script>alert(1)</script>']),
    expected: [{ file: 'news/en/first-news.md:10', message: /the HTML element <script> is not allowed\. Allowed HTML: <br>, <sup>, <sub>, <kbd>, <abbr title>/ }],
  },
  {
    name: 'fails on HTML in Markdown that loads, redirects, submits or hides content',
    plant: (c) =>
      plantInNews(c, [
        '<img src="x" onerror="alert(1)">',
        '<iframe src="https://evil.example"></iframe>',
        '<meta http-equiv="refresh" content="5;url=https://evil.example/">',
        'A <a href="javascript:alert(1)">link</a>.',
        '<style>body { display: none }</style>',
        '<form action="https://evil.example"><input name="q"></form>',
        '<base href="https://evil.example/">',
        '<object data="x.swf"></object>',
        '<embed src="x.swf">',
        '<svg><script>alert(1)</script></svg>',
        '<!-- an internal note -->',
      ]),
    expected: [
      { file: 'news/en/first-news.md:10', message: /the HTML element <img> is not allowed/ },
      { file: 'news/en/first-news.md:12', message: /the HTML element <iframe> is not allowed/ },
      { file: 'news/en/first-news.md:14', message: /the HTML element <meta> is not allowed/ },
      { file: 'news/en/first-news.md:16', message: /the HTML element <a> is not allowed/ },
      { file: 'news/en/first-news.md:18', message: /the HTML element <style> is not allowed/ },
      { file: 'news/en/first-news.md:20', message: /the HTML element <form> is not allowed/ },
      { file: 'news/en/first-news.md:20', message: /the HTML element <input> is not allowed/ },
      { file: 'news/en/first-news.md:22', message: /the HTML element <base> is not allowed/ },
      { file: 'news/en/first-news.md:24', message: /the HTML element <object> is not allowed/ },
      { file: 'news/en/first-news.md:26', message: /the HTML element <embed> is not allowed/ },
      { file: 'news/en/first-news.md:28', message: /the HTML element <svg> is not allowed/ },
      { file: 'news/en/first-news.md:30', message: /HTML comments \(<!-- … -->\) are not allowed: they are published in the page source/ },
    ],
  },
  {
    name: 'fails on event handlers, inline style and Pagefind attributes on allowed HTML',
    plant: (c) =>
      plantInNews(c, [
        'A note<sup onclick="alert(1)" style="position:fixed">1</sup>.',
        'The <abbr data-pagefind-filter="partner:European Commission" data-pagefind-meta="url://evil.example/phish">EU</abbr>.',
      ]),
    expected: [
      { file: 'news/en/first-news.md:10', message: /the attribute onclick of <sup> is not allowed\. Allowed HTML:/ },
      { file: 'news/en/first-news.md:10', message: /the attribute style of <sup> is not allowed/ },
      { file: 'news/en/first-news.md:12', message: /the attribute data-pagefind-filter of <abbr> is not allowed/ },
      { file: 'news/en/first-news.md:12', message: /the attribute data-pagefind-meta of <abbr> is not allowed/ },
    ],
  },
  {
    name: 'fails on javascript: links and on links to other sites that are not https',
    plant: (c) => plantInNews(c, ['[x](javascript:alert(1))', '[y](JAVASCRIPT:alert(1))', '[z](http://example.com)']),
    expected: [
      { file: 'news/en/first-news.md:10', message: /link javascript:alert\(1\) is not allowed: javascript: addresses run code or hide content/ },
      { file: 'news/en/first-news.md:12', message: /link JAVASCRIPT:alert\(1\) is not allowed/ },
      { file: 'news/en/first-news.md:14', message: /link http:\/\/example\.com is not secure: links to other sites must start with https:\/\// },
    ],
  },
  {
    name: 'fails on a third-party image in Markdown, which the site promises never to request',
    plant: (c) => plantInNews(c, ['![A pixel](https://tracker.example/pixel.png)']),
    expected: [
      { file: 'news/en/first-news.md:10', message: /image https:\/\/tracker\.example\/pixel\.png is not on this site, and the site makes no third-party requests\. Put the image in public\/images\// },
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
  // The mistakes of the editor walkthrough (shared/reviews/editor-walkthrough.md) not covered above.
  {
    name: 'fails on a date written 13.02.2025, showing the form to write',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^pubDate:.*$/m, 'pubDate: 13.02.2025')),
    expected: [{ file: 'news/en/first-news.md:4', message: /field "pubDate" is "13\.02\.2025", which is not a calendar date\. Write it as YYYY-MM-DD, for example pubDate: 2025-02-13\./ }],
  },
  {
    name: 'fails on a frontmatter block without its closing ---, saying so instead of "title: Required"',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace('partners: [alpha-cluster]\n---\n', 'partners: [alpha-cluster]\n')),
    expected: [{ file: 'news/en/first-news.md:1', message: /the frontmatter that starts on line 1 is not closed: add a line with only --- after line 6, the end of the fields, before the text\./ }],
  },
  {
    name: 'fails on an empty topic list, as the template leaves it',
    plant: (c) => edit(join(c, 'news/en/first-news.md'), (t) => t.replace(/^topics:.*$/m, 'topics: []')),
    expected: [{ file: 'news/en/first-news.md:5', message: /field "topics": lists no topic: name one to five, e\.g\. topics: \[market-entry\]/ }],
  },
  {
    name: 'fails on links a reader would find broken: another language, a preview address, a mistyped slug, no language',
    plant: (c) =>
      edit(join(c, 'news/uk/first-news.md'), (t) =>
        `${t}\n[Старт](/en/news/first-news/)\n\n[Старт](http://127.0.0.1:4321/uk/news/first-news/)\n\n[Старт](/uk/news/first-newz/)\n\n[Старт](/news/first-news/)\n`,
      ),
    expected: [
      { file: 'news/uk/first-news.md:7', message: /links to \/en\/news\/first-news\/, a page in another language: link to \/uk\/news\/first-news\/ instead\./ },
      { file: 'news/uk/first-news.md:9', message: /links to http:\/\/127\.0\.0\.1:4321\/uk\/news\/first-news\/, an address on your own computer \(the preview\): readers cannot open it\. Write the path alone: \/uk\/news\/first-news\// },
      { file: 'news/uk/first-news.md:11', message: /links to \/uk\/news\/first-newz\/, which is not a page of the site\. Did you mean \/uk\/news\/first-news\/\?/ },
      { file: 'news/uk/first-news.md:13', message: /links to \/news\/first-news\/, which is not a page of the site\. Did you mean \/uk\/news\/first-news\/\? Addresses start with the language/ },
    ],
  },
  {
    name: 'fails on an image whose file is not in public/',
    plant: (c) => plantInNews(c, ['![The partners online](/images/kick-off.jpg)']),
    expected: [{ file: 'news/en/first-news.md:10', message: /image \/images\/kick-off\.jpg does not exist: there is no file public\/images\/kick-off\.jpg\. Put the image there, or correct the name\./ }],
  },
  {
    name: 'fails on a heading that skips a level, saying which level to write',
    plant: (c) => plantInNews(c, ['## Results', '#### Next steps']),
    expected: [{ file: 'news/en/first-news.md:12', message: /heading level 4 follows level 2: do not skip a level; write ### here\./ }],
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
