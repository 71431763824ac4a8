/**
 * The built `_headers` lets browsers keep a file for a year only where its name carries a hash of its
 * content, so that no reader is ever served an old index or stylesheet under a current name.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listFiles, urlPathOf } from '../helpers/dist';

/** The blocks of a `_headers` file: path pattern → header lines. */
function headerBlocks(text: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (/^\S/.test(line)) blocks.set(line.trim(), (current = []));
    else current?.push(line.trim());
  }
  return blocks;
}

/** A content hash in a file name: Astro's 8-character one, Pagefind's and the vocabulary's hex ones. */
const hashedName = /[._][A-Za-z0-9_-]{7,}\.[a-z0-9_]+$/;

describe('cache headers', () => {
  const text = readFileSync(join(distDir, '_headers'), 'utf8');
  const immutable = [...headerBlocks(text)].filter(([, lines]) => lines.some((l) => /^Cache-Control:.*immutable/.test(l))).map(([path]) => path);

  it('mark the hashed folders immutable, and not the files Pagefind keeps under one name', () => {
    expect(immutable).toEqual(expect.arrayContaining(['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/search-data/*']));
    for (const stable of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/en/search/']) {
      expect(immutable.filter((p) => stable.startsWith(p.slice(0, -1))), stable).toEqual([]);
    }
  });

  it('cover only files whose names carry a content hash', () => {
    const files = listFiles(distDir).map((f) => urlPathOf(f));
    const covered = files.filter((path) => immutable.some((p) => path.startsWith(p.slice(0, -1))));
    expect(covered.length).toBeGreaterThan(50);
    expect(covered.filter((path) => !hashedName.test(path))).toEqual([]);
    expect(existsSync(join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
