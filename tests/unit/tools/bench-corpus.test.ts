import { describe, it, expect } from 'vitest';
import { generateCorpus, seededRandom } from '../../../scripts/lib/bench/corpus';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContentTree } from '../../../src/lib/checks/content-tree';

describe('generateCorpus', () => {
  const corpus = generateCorpus({ perLocale: 40, seed: 7 });

  it('is deterministic for a seed', () => {
    expect(generateCorpus({ perLocale: 40, seed: 7 })).toEqual(corpus);
    expect(generateCorpus({ perLocale: 40, seed: 8 })).not.toEqual(corpus);
    expect(seededRandom(1)()).toBe(seededRandom(1)());
  });

  it('has N originals in English and about 80 % of them in each other language', () => {
    const count = (locale: string) => corpus.files.filter((f) => new RegExp(`^(news|guides|studies)/${locale}/`).test(f.path)).length;
    expect(count('en')).toBe(40);
    for (const l of ['uk', 'ro', 'es', 'bg']) {
      expect(count(l)).toBeGreaterThan(24);
      expect(count(l)).toBeLessThan(40);
    }
  });

  it('writes each language in its own script, with headings, lists, tables and internal links, and passes the content checks', () => {
    const uk = corpus.files.find((f) => f.path.startsWith('guides/uk/'))!.text;
    expect(uk).toMatch(/\p{Script=Cyrillic}/u);
    expect(uk).toMatch(/^## /m);
    expect(uk).toMatch(/^- /m);
    expect(uk).toMatch(/^\|---\|---\|$/m);
    expect(uk).toMatch(/\]\(\/uk\/guides\/g-\d{6}\/\)/);
    expect(corpus.files.find((f) => f.path.startsWith('news/ro/'))!.text).toMatch(/[ăâîșț]/);
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-corpus-'));
    for (const f of corpus.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    expect(readContentTree(dir, { publicDir: 'public' }).problems).toEqual([]);
  });
});
