import { describe, it, expect } from 'vitest';
import { findPolicyProblems } from '../../../src/lib/checks/content-policy';

const head = '---\ntitle: A page\n---\n';
/** The problems of a body written after a three-line frontmatter, so the body starts on line 4. */
const markdown = (body: string) => findPolicyProblems({ text: `${head}${body}\n` }, 'markdown');
const mdx = (body: string) => findPolicyProblems({ text: `${head}${body}\n` }, 'mdx');
const messages = (found: { message: string }[]) => found.map((p) => p.message);

describe('findPolicyProblems in Markdown', () => {
  it('passes plain Markdown, site images, https and mailto links, and the allowed HTML elements', () => {
    const body = [
      '## Section',
      '',
      'Text with **bold**, [a page](/en/about/), [a partner](https://example.org), [mail](mailto:info@example.org), [a heading](#section).',
      '',
      '![The team](/images/team.jpg) and H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd>, <abbr title="European Union">EU</abbr>,<br>',
      '',
      '<details open>',
      '<summary>More</summary>',
      '',
      'Hidden text.',
      '',
      '</details>',
      '',
      '```html',
      '<script>shown as code, never run</script>',
      '```',
    ].join('\n');
    expect(markdown(body)).toEqual([]);
  });

  it('refuses a script element, naming the line and the allowed HTML', () => {
    expect(markdown('Intro.\n\n<script>alert(1)</script>')).toEqual([
      {
        line: 6,
        message:
          'the HTML element <script> is not allowed. Allowed HTML: <br>, <sup>, <sub>, <kbd>, <abbr title>, <details open>, <summary>; ' +
          'write links as [text](https://…) and images as ![what it shows](/images/….jpg).',
      },
    ]);
  });

  it('refuses iframe, style, form, object, embed, meta, base, link and img elements', () => {
    for (const tag of ['<iframe src="https://evil.example"></iframe>', '<style>p{}</style>', '<form action="https://evil.example"><input></form>', '<object data="x"></object>', '<embed src="x">', '<meta http-equiv="refresh" content="5;url=https://evil.example/">', '<base href="https://evil.example/">', '<link rel="stylesheet" href="x">', '<img src="x" onerror="alert(1)">']) {
      const name = /^<(\w+)/.exec(tag)![1];
      expect(messages(markdown(tag))[0], tag).toMatch(new RegExp(`^the HTML element <${name}> is not allowed`));
    }
  });

  it('refuses event handlers, inline style and Pagefind attributes on an allowed element', () => {
    expect(messages(markdown('A <sup onclick="alert(1)" style="position:fixed" data-pagefind-filter="partner:EU">1</sup>.'))).toEqual([
      expect.stringMatching(/^the attribute onclick of <sup> is not allowed\./),
      expect.stringMatching(/^the attribute style of <sup> is not allowed\./),
      expect.stringMatching(/^the attribute data-pagefind-filter of <sup> is not allowed\./),
    ]);
  });

  it('reports each element of an HTML block on its own line', () => {
    expect(markdown('<br>\n<meta http-equiv="refresh" content="0">\n<iframe></iframe>').map((p) => p.line)).toEqual([5, 6]);
  });

  it('refuses HTML comments, which would be published in the page source', () => {
    expect(messages(markdown('<!-- internal note -->'))[0]).toMatch(/^HTML comments \(<!-- … -->\) are not allowed/);
  });

  it('refuses javascript:, data: and vbscript: links in any case, and http or scheme-less external links', () => {
    expect(messages(markdown('[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,x) [d](vbscript:x)'))).toEqual([
      expect.stringMatching(/^link javascript:alert\(1\) is not allowed: javascript: addresses run code/),
      expect.stringMatching(/^link JAVASCRIPT:alert\(1\) is not allowed: javascript: addresses/),
      expect.stringMatching(/^link data:text\/html,x is not allowed: data: addresses/),
      expect.stringMatching(/^link vbscript:x is not allowed: vbscript: addresses/),
    ]);
    expect(messages(markdown('[a](http://example.com) <http://example.org> [b](//evil.example/x) [c](ftp://x.example)'))).toEqual([
      'link http://example.com is not secure: links to other sites must start with https://.',
      'link http://example.org is not secure: links to other sites must start with https://.',
      'link //evil.example/x has no scheme: links to other sites must start with https://.',
      'link ftp://x.example is not allowed: use a page of the site (/en/…), an https:// address or mailto:.',
    ]);
  });

  it('reads image addresses as a browser does: backslashes, tabs and entities do not hide another site', () => {
    for (const url of ['\\\\\\\\evil.example/x.png', '/\\\\evil.example/x.png', '/&#9;/evil.example/x.png', 'HTTPS://evil.example/x.png']) {
      expect(messages(markdown(`![x](${url})`))[0], url).toMatch(/is not on this site/);
    }
    expect(messages(markdown('[x](java&#9;script:alert(1)) [y](&#106;avascript:alert(1))'))).toHaveLength(2);
    expect(markdown('![A local photo](./photo.jpg)')).toEqual([]);
  });

  it('checks reference definitions as links and images', () => {
    expect(markdown('[a][site] ![b][pixel]\n\n[site]: http://example.com\n[pixel]: https://tracker.example/p.png').map((p) => [p.line, p.message.split(' is ')[0]])).toEqual([
      [4, 'image https://tracker.example/p.png'],
      [6, 'link http://example.com'],
    ]);
  });

  it('refuses a third-party image, saying where to put the file', () => {
    expect(markdown('![A pixel](https://tracker.example/pixel.png)')).toEqual([
      {
        line: 4,
        message:
          'image https://tracker.example/pixel.png is not on this site, and the site makes no third-party requests. ' +
          'Put the image in public/images/ and write ![A pixel](/images/photo.jpg).',
      },
    ]);
  });
});

describe('findPolicyProblems in MDX', () => {
  it('passes the documented components with literal values and comments in braces', () => {
    const body = [
      '<Callout type="tip" title="Heading">A note with **Markdown**.</Callout>',
      '',
      '<Figure src="/images/kick-off.jpg" width={1200} height={800} alt="The meeting" caption="Caption" />',
      '',
      "<StatGrid items={[{ value: '400+', label: 'SMEs' }, { value: `12`, label: \"clusters\" }]} />",
      '',
      '<PartnerCard id="alpha-cluster" />',
      '',
      '<Chart src="members.csv" type="bar" title={"Members"} description="Members per year." labelHeader="Year" />',
      '',
      '{/* editors: check the figures before publishing */}',
    ].join('\n');
    expect(mdx(body)).toEqual([]);
  });

  it('refuses import and export, naming the line', () => {
    expect(mdx("import { execSync } from 'node:child_process'")).toEqual([
      {
        line: 4,
        message:
          'import and export are not allowed in MDX: they would run code when the site is built. The components Callout, Figure, StatGrid, PartnerCard, Chart ' +
          'need no import; an image goes in public/images/ and is shown with <Figure src="/images/….jpg" …>.',
      },
    ]);
    expect(messages(mdx('Text.\n\nexport const title = 1'))[0]).toMatch(/^import and export are not allowed in MDX/);
  });

  it('refuses expressions in the text, flow or inline', () => {
    expect(mdx("{execSync('id -un').toString()}\n\nHome is {process.env.HOME}.")).toEqual([
      { line: 4, message: "{execSync('id -un').toString()} is not allowed in MDX: code in braces would run when the site is built. Write the text itself; only {/* comments */} may stand in braces." },
      { line: 6, message: expect.stringMatching(/^\{process\.env\.HOME\} is not allowed in MDX/) },
    ]);
  });

  it('refuses any element that is not a documented component, HTML included', () => {
    expect(messages(mdx('<div>x</div>\n\n<script>{"alert(1)"}</script>\n\n<Custom />\n\n<>fragment</>'))).toEqual([
      '<div> is not allowed in MDX. Write the text in Markdown, and use only the components Callout, Figure, StatGrid, PartnerCard, Chart (see content/README.md).',
      expect.stringMatching(/^<script> is not allowed in MDX/),
      expect.stringMatching(/^\{"alert\(1\)"\} is not allowed in MDX/),
      expect.stringMatching(/^<Custom> is not allowed in MDX/),
      expect.stringMatching(/^<> is not allowed in MDX/),
    ]);
  });

  it('refuses computed attribute values, spreads and attributes a component does not take', () => {
    expect(messages(mdx("<Callout title={fetch('/x')} {...props} onClick=\"x\">Hi</Callout>\n\n<StatGrid items={[{ value, label: 'x' }]} />"))).toEqual([
      expect.stringMatching(/^<Callout>: \{\.\.\.props\} is not allowed: write each attribute by name\./),
      expect.stringMatching(/^<Callout>: title=\{fetch\('\/x'\)\} is not a literal value, and code in MDX would run when the site is built\./),
      '<Callout>: onClick is not an attribute of Callout. Allowed: type, title.',
      expect.stringMatching(/^<StatGrid>: items=\{\[\{ value, label: 'x' \}\]\} is not a literal value/),
    ]);
  });

  it('refuses a Figure whose image is on another site', () => {
    expect(messages(mdx('<Figure src="https://tracker.example/photo.jpg" width={1} height={1} alt="x" />'))).toEqual([
      '<Figure>: src="https://tracker.example/photo.jpg" is not on this site, and the site makes no third-party requests. Put the image in public/images/ and write src="/images/photo.jpg".',
    ]);
  });

  it('reports MDX that does not parse, at its line, with how to write < and {', () => {
    expect(mdx('Text.\n\n<!-- a note -->')).toEqual([{ line: 6, message: expect.stringMatching(/^is not valid MDX \(Unexpected character .*\)\. In \.mdx files < starts a component/) }]);
  });
});
