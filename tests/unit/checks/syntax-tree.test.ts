import { describe, it, expect } from 'vitest';
import { evaluateLiteral, isCommentOnly, parseSyntaxTree, walkSyntaxTree, lineOf } from '../../../src/lib/checks/syntax-tree';

describe('parseSyntaxTree', () => {
  it('numbers lines from the top of the file, frontmatter included', () => {
    const parsed = parseSyntaxTree('---\ntitle: x\n---\n## A\n\n[link](/en/)\n', 'markdown');
    if (!('tree' in parsed)) throw new Error('expected a tree');
    const link = [...walkSyntaxTree(parsed.tree)].find((n) => n.type === 'link');
    expect(link && lineOf(link)).toBe(6);
  });

  it('says where MDX does not parse', () => {
    expect(parseSyntaxTree('a\n\n<!-- x -->\n', 'mdx')).toEqual({ failure: { line: 3, reason: expect.stringMatching(/^Unexpected character/) } });
  });
});

describe('evaluateLiteral', () => {
  it('reads strings, numbers, booleans, null, arrays and plain objects', () => {
    expect(evaluateLiteral("[{ value: '400+', 'label': `SMEs` }, -2, true, null]")).toEqual({ value: [{ value: '400+', label: 'SMEs' }, -2, true, null] });
  });

  it('refuses anything that names, calls or computes a value', () => {
    for (const expression of ["fetch('/x')", 'frontmatter.title', 'title', '`a${b}`', '[...items]', '{ [key]: 1 }', '{ label }', '{ f() {} }', '1 + 1', '/x/', '-x', '{ __proto__: {} }', '10n']) {
      expect(evaluateLiteral(expression), expression).toBeUndefined();
    }
  });
});

describe('isCommentOnly', () => {
  it('accepts braces holding only comments, and nothing else', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly(' ')).toBe(true);
    expect(isCommentOnly('/* a */ 1')).toBe(false);
  });
});
