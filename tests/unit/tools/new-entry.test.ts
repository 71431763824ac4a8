import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseNewEntryArgs, validateRequest, NewEntryError } from '../../../scripts/lib/new-entry/new-entry';

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
  it('accepts the folder names the guide uses as well as the types, in any case', () => {
    expect(validateRequest('guides', 'gdpr-basics', 'en')).toEqual({ type: 'guide', collection: 'guides', locale: 'en' });
    expect(validateRequest('Studies', 'market-2026', 'en')).toMatchObject({ type: 'study', collection: 'studies' });
    expect(validateRequest('pages', 'contact-us', 'en').collection).toBe('pages');
    expect(validateRequest('partners', 'alpha-cluster', 'en').type).toBe('partner');
  });
  it('maps editor types to collections', () => {
    expect(validateRequest('guide', 'gdpr-basics', 'en')).toEqual({ type: 'guide', collection: 'guides', locale: 'en' });
    expect(validateRequest('study', 'market-2026', 'uk').collection).toBe('studies');
  });
  it('refuses bad slugs with a suggestion, unknown types and unknown locales', () => {
    expect(() => validateRequest('guide', 'Ghid Piață', 'ro')).toThrow(/"Ghid Piață" cannot be a file name.*"ghid-piata"/);
    expect(() => validateRequest('guide', 'посібник', 'uk')).toThrow(NewEntryError);
    expect(() => validateRequest('guide', 'two  spaces', 'en')).toThrow(/"two-spaces"/);
    expect(() => validateRequest('blog', 'x-post', 'en')).toThrow(/Unknown type "blog"\. Use one of: news, guide \(or guides\), study \(or studies\), partner \(or partners\), page \(or pages\)\./);
    expect(() => validateRequest('news', 'x-post', 'ua')).toThrow(/Unknown locale "ua"/);
  });
});

describe('parseNewEntryArgs', () => {
  /** The one line an editor sees for a bad command line. */
  const refusal = (...args: string[]) => {
    try {
      parseNewEntryArgs(args);
    } catch (error) {
      expect(error).toBeInstanceOf(NewEntryError);
      const message = (error as NewEntryError).message;
      expect(message).not.toContain('\n');
      return message;
    }
    throw new Error(`accepted ${args.join(' ')}`);
  };

  it('reads type, slug, locale and content folder in any order', () => {
    expect(parseNewEntryArgs(['--locale', 'uk', 'guide', 'gdpr-basics', '--content', 'x'])).toEqual({
      type: 'guide',
      collection: 'guides',
      slug: 'gdpr-basics',
      locale: 'uk',
      contentDir: 'x',
    });
    expect(parseNewEntryArgs(['news', 'kickoff'])).toMatchObject({ locale: 'en', contentDir: 'content' });
  });

  it('takes the language npm kept from --locale written without --, in either form npm hands it over', () => {
    // npm run new news kickoff --locale uk: npm keeps the value (npm_config_locale=uk) …
    expect(parseNewEntryArgs(['news', 'kickoff'], { npmLocale: 'uk' })).toMatchObject({ locale: 'uk', collection: 'news' });
    // … or only the flag (npm_config_locale=true), and the value arrives as a third argument.
    expect(parseNewEntryArgs(['news', 'kickoff', 'uk'], { npmLocale: 'true' })).toMatchObject({ locale: 'uk' });
    expect(parseNewEntryArgs(['news', 'kickoff', 'bg'])).toMatchObject({ locale: 'bg' });
    // --locale after -- wins over anything npm kept.
    expect(parseNewEntryArgs(['news', 'kickoff', '--locale', 'ro'], { npmLocale: 'uk' })).toMatchObject({ locale: 'ro' });
  });

  it('refuses, saying where -- goes, when npm swallowed the language it was given', () => {
    try {
      parseNewEntryArgs(['news', 'kickoff'], { npmLocale: 'true' });
      throw new Error('accepted');
    } catch (error) {
      expect((error as Error).message).toBe('npm kept --locale for itself and this script never saw the language. Write -- after new: npm run new -- news kickoff --locale uk');
    }
    expect(() => parseNewEntryArgs(['news', 'kickoff'], { npmLocale: 'ua' })).toThrow(/^Unknown locale "ua"\. Use one of: en, uk, ro, es, bg\.$/);
  });

  it('refuses a 300-character slug, saying the limit', () => {
    expect(refusal('news', 'a'.repeat(300))).toMatch(/^The slug is 300 characters long; keep it to 80 or fewer/);
  });

  it('refuses a page named like one of the site’s own pages', () => {
    expect(refusal('page', 'news')).toMatch(/^"news" is taken by the site's own pages .*Choose another slug\.$/);
    expect(refusal('page', 'search')).toMatch(/^"search" is taken/);
  });

  it('refuses unknown types, including names every object inherits', () => {
    for (const type of ['blog', 'constructor', '__proto__', 'toString']) expect(refusal(type, 'x-post')).toMatch(new RegExp(`^Unknown type "${type}"\\. Use one of`));
  });

  it('refuses --locale without a value instead of creating an English original', () => {
    expect(refusal('news', 'x-post', '--locale')).toMatch(/^--locale needs a value: .*e\.g\. --locale uk/);
    expect(refusal('news', '--locale', '--content', 'c', 'x-post')).toMatch(/^--locale needs a value/);
  });

  it('refuses unknown options, extra arguments and a missing slug with the usage', () => {
    expect(refusal('news', 'x-post', '--lang', 'uk')).toMatch(/^Unknown option "--lang"\. Usage: npm run new/);
    expect(refusal('news', 'two', 'words')).toMatch(/^Too many arguments \("words"\)/);
    expect(refusal('news')).toMatch(/^Usage: npm run new -- <news\|guide\|study\|partner\|page> <slug>/);
    expect(refusal('news', '--help')).toMatch(/^Usage:/);
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

  it('shows the original’s title, description and dateline above the empty fields of a translation', () => {
    const content = freshContent();
    const r = newEntry(content, 'news', 'first-news', '--locale', 'bg');
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(content, 'news/bg/first-news.md'), 'utf8');
    expect(text).toMatch(/\n# en title: Fixture news item\ntitle: ""\n# en description: A fixture news item used by the build-failure tests\.\ndescription: ""\n/);
    // The comments are YAML comments: the file is a draft with empty fields, as before.
    expect(text).toMatch(/^draft: true$/m);
  });

  it('creates the translation when npm kept --locale (npm run new news slug --locale uk, without --)', () => {
    const content = freshContent();
    const r = spawnSync(process.execPath, [tsx, 'scripts/new-entry.ts', 'guides', 'fixture-guide', '--content', content], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, npm_config_locale: 'uk' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('guides/uk/fixture-guide.md (uk)');
    expect(existsSync(join(content, 'guides/uk/fixture-guide.md'))).toBe(true);
    expect(existsSync(join(content, 'guides/en/fixture-guide.md'))).toBe(true);
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

  it('answers a 300-character slug and a prototype-named type with one line and exit 1, never a stack trace', () => {
    const content = freshContent();
    for (const args of [['news', 'a'.repeat(300)], ['constructor', 'x-post'], ['news', 'x-post', '--locale']]) {
      const r = newEntry(content, ...args);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
