import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateRequest, NewEntryError } from '../../../scripts/lib/new-entry/new-entry';

const root = resolve(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');

function newEntry(content: string, ...args: string[]) {
  return spawnSync(process.execPath, [tsx, 'scripts/new-entry.ts', ...args, '--content', content], { cwd: root, encoding: 'utf8' });
}
function freshContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'itbridge-new-'));
  cpSync(join(root, 'tests/fixtures/content'), dir, { recursive: true });
  return dir;
}

describe('validateRequest', () => {
  it('maps editor types to collections', () => {
    expect(validateRequest('guide', 'gdpr-basics', 'en')).toEqual({ type: 'guide', collection: 'guides', locale: 'en' });
    expect(validateRequest('study', 'market-2026', 'uk').collection).toBe('studies');
  });
  it('refuses bad slugs with a suggestion, unknown types and unknown locales', () => {
    expect(() => validateRequest('guide', 'Ghid Piață', 'ro')).toThrow(/"Ghid Piață" cannot be a file name.*"ghid-piata"/);
    expect(() => validateRequest('guide', 'посібник', 'uk')).toThrow(NewEntryError);
    expect(() => validateRequest('guide', 'two  spaces', 'en')).toThrow(/"two-spaces"/);
    expect(() => validateRequest('blog', 'x-post', 'en')).toThrow(/Unknown type "blog"\. Use one of: news, guide, study, partner, page/);
    expect(() => validateRequest('news', 'x-post', 'ua')).toThrow(/Unknown locale "ua"/);
  });
});

describe('npm run new', () => {
  for (const [type, collection, neutral] of [
    ['news', 'news', true],
    ['guide', 'guides', true],
    ['study', 'studies', true],
    ['page', 'pages', false],
  ] as const) {
    it(`creates a ${type} with every required field, described, as a draft`, () => {
      const content = freshContent();
      const r = newEntry(content, type, `new-${type}-entry`);
      expect(r.status, r.stderr).toBe(0);
      const text = readFileSync(join(content, collection, 'en', `new-${type}-entry.md`), 'utf8');
      expect(text).toMatch(/^---\n# Headline[^\n]*\ntitle: ""\n# One sentence[^\n]*\ndescription: ""\n# [^\n]*\ndraft: true\n/);
      expect(text.includes('pubDate:')).toBe(neutral);
      expect(text.includes('topics: []')).toBe(neutral);
      if (type === 'study') expect(text).toContain('status: planned');
    });
  }

  it('creates a partner profile only for a partner listed in organisations.yaml', () => {
    const content = freshContent();
    expect(newEntry(content, 'partner', 'beta-cluster').stderr).toContain('Add the partner "beta-cluster" to');
    const r = newEntry(content, 'partner', 'alpha-cluster', '--locale', 'uk');
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(content, 'partners/uk/alpha-cluster.md'))).toBe(true);
  });

  it('creates a translation from the original: text to translate, no language-neutral fields, a draft', () => {
    const content = freshContent();
    const r = newEntry(content, 'guide', 'fixture-guide', '--locale', 'bg');
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(content, 'guides/bg/fixture-guide.md'), 'utf8');
    expect(text).toContain('# Translation of ');
    expect(text).toContain('Guide body.');
    expect(text).toContain('draft: true');
    expect(text).not.toMatch(/^(pubDate|topics|partners):/m);
  });

  it('refuses a clash, a bad slug and a translation without an original, with a clear message and exit 1', () => {
    const content = freshContent();
    const clash = newEntry(content, 'news', 'first-news', '--locale', 'uk');
    expect(clash.status).toBe(1);
    expect(clash.stderr).toMatch(/news\/uk\/first-news\.md already exists/);
    const bad = newEntry(content, 'news', 'Kick Off');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"kick-off"');
    const orphan = newEntry(content, 'news', 'not-there', '--locale', 'ro');
    expect(orphan.status).toBe(1);
    expect(orphan.stderr).toContain('Create the original first (npm run new -- news not-there)');
  });
});
