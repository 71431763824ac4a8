import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  parseMarkdownSource,
  readMarkdownSource,
  scanFencedLines,
  bodyLines,
  proseLines,
  stripFrontmatter,
  findYamlKeys,
  MarkdownSourceError,
} from '../../../src/lib/checks/markdown-source';

const prose = (text: string) => [...scanFencedLines(text)].filter((l) => !l.inCode).map((l) => l.text);

describe('scanFencedLines', () => {
  it('marks a backtick block and its fences as code', () => {
    expect(prose('before\n```js\ncode\n```\nafter')).toEqual(['before', 'after']);
  });

  it('keeps a ~~~ line inside a ``` block from flipping the state', () => {
    expect(prose('a\n```\n~~~\nstill code\n~~~\n```\nb')).toEqual(['a', 'b']);
  });

  it('keeps a ``` line inside a ~~~ block from flipping the state', () => {
    expect(prose('a\n~~~\n```\nstill code\n~~~\nb')).toEqual(['a', 'b']);
  });

  it('closes a fence only with at least as many fence characters', () => {
    expect(prose('a\n````\n```\nstill code\n````\nb')).toEqual(['a', 'b']);
  });

  it('does not close a fence with a line that has text after the fence characters', () => {
    expect(prose('a\n```\n``` not a close\ncode\n```\nb')).toEqual(['a', 'b']);
  });

  it('lets an unclosed fence swallow the rest of the text', () => {
    expect(prose('a\n```\ncode\nmore code')).toEqual(['a']);
  });

  it('does not take a backtick line with a backtick in its info string for a fence', () => {
    expect(prose('```js`x`\nprose')).toEqual(['```js`x`', 'prose']);
  });

  it('does not take a fence indented by four spaces for a fence', () => {
    expect(prose('    ```\nprose')).toEqual(['    ```', 'prose']);
  });

  it('numbers lines from the given first line', () => {
    expect([...scanFencedLines('x\ny', 5)].map((l) => l.line)).toEqual([5, 6]);
  });
});

describe('parseMarkdownSource', () => {
  const text = '---\ntitle: Fixture guide\npubDate: 2025-03-03 # first publication\ntopics: [market-entry]\ndownloads:\n  - { title: A, file: /downloads/a.pdf }\n---\n## Section\n\nBody.\n';

  it('parses the frontmatter as the build does, dates included', () => {
    const source = parseMarkdownSource(text);
    expect(source.data).toEqual({
      title: 'Fixture guide',
      pubDate: new Date('2025-03-03'),
      topics: ['market-entry'],
      downloads: [{ title: 'A', file: '/downloads/a.pdf' }],
    });
  });

  it('gives every top-level key its line and its value as written', () => {
    const source = parseMarkdownSource(text);
    expect(source.keys.map((k) => [k.key, k.line, k.written])).toEqual([
      ['title', 2, 'Fixture guide'],
      ['pubDate', 3, '2025-03-03'],
      ['topics', 4, '[market-entry]'],
      ['downloads', 5, ''],
    ]);
    expect(source.frontmatter).toMatchObject({ first: 1, last: 7 });
  });

  it('reads a file without frontmatter as all body', () => {
    const source = parseMarkdownSource('Just text.\n');
    expect(source.data).toEqual({});
    expect(source.frontmatter).toBeUndefined();
    expect(bodyLines(source)).toEqual([{ line: 1, text: 'Just text.' }, { line: 2, text: '' }]);
  });

  it('refuses frontmatter that is not YAML, naming the line', () => {
    const attempt = () => parseMarkdownSource('---\ntitle: Fine\ntopics: [market-entry\ndescription: x\n---\nBody');
    expect(attempt).toThrow(MarkdownSourceError);
    try {
      attempt();
    } catch (error) {
      expect(error).toMatchObject({ check: 'yaml' });
      expect((error as MarkdownSourceError).line).toBeGreaterThanOrEqual(3);
      expect((error as MarkdownSourceError).message).toMatch(/^(field "\w+": )?the frontmatter is not valid YAML \(.+\)\. Check that line/);
    }
  });

  it('names a key written twice, at the line of the second one', () => {
    try {
      parseMarkdownSource('---\ntitle: One\ndescription: A description.\ntitle: Two\n---\nBody');
      expect.unreachable('a duplicated key must not parse');
    } catch (error) {
      expect(error).toMatchObject({ check: 'yaml', line: 4 });
      expect((error as MarkdownSourceError).message).toBe('field "title" is written twice in the frontmatter, so YAML refuses the file. Keep one line.');
    }
  });

  it('finds the keys of a plain YAML file too', () => {
    expect(findYamlKeys('alpha-cluster:\n  name: Alpha\nbeta: { name: B }\n# note\n- item: x\n').map((k) => [k.key, k.line])).toEqual([
      ['alpha-cluster', 1],
      ['beta', 3],
    ]);
  });
});

describe('the lines checks read', () => {
  const source = parseMarkdownSource('---\ntitle: Ştire\n---\nText şi\n```\ncod ş\n```\nEnd');

  it('reads the body outside fenced code, with file line numbers', () => {
    expect(bodyLines(source)).toEqual([
      { line: 4, text: 'Text şi' },
      { line: 8, text: 'End' },
    ]);
  });

  it('reads the frontmatter as prose too, for orthography', () => {
    expect(proseLines(source).map((l) => l.line)).toEqual([1, 2, 3, 4, 8]);
  });
});

describe('stripFrontmatter', () => {
  it('drops the frontmatter block at the start and nothing else', () => {
    expect(stripFrontmatter('---\ntitle: x\n---\nOne\n\n---\n\nTwo')).toBe('One\n\n---\n\nTwo');
    expect(stripFrontmatter('No frontmatter\n---\nx\n---\n')).toBe('No frontmatter\n---\nx\n---\n');
  });
});

describe('readMarkdownSource', () => {
  const dir = mkdtempSync(join(tmpdir(), 'itbridge-source-'));

  it('reads a UTF-8 Markdown file', () => {
    writeFileSync(join(dir, 'ok.md'), '---\ntitle: Київ\n---\nТекст.\n');
    expect(readMarkdownSource(join(dir, 'ok.md')).data).toEqual({ title: 'Київ' });
  });

  it('refuses a binary file saved as .md, saying what to do with it', () => {
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    expect(() => readMarkdownSource(join(dir, 'image.md'))).toThrow(/is not a text file but binary data .*put images in public\//);
  });

  it('refuses a file that is not UTF-8', () => {
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('---\ntitle: Rom\xe2nia\n---\n', 'latin1'));
    expect(() => readMarkdownSource(join(dir, 'latin1.md'))).toThrow(/is not UTF-8 text.*Save it as UTF-8/);
  });
});
