import type { Locale } from '../../../src/i18n/locales';
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readCommitTimes, classifyTranslation, buildStatusMatrix, summarizeStatus, readHistoryState, describeUnknownFreshness } from '../../../src/lib/content/freshness';
import { entry, fixtureToday } from '../../helpers/entries';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';

function git(cwd: string, ...args: string[]) {
  execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}
function commitAt(cwd: string, seconds: number, message: string) {
  const date = `${seconds} +0000`;
  execFileSync('git', ['commit', '-qm', message], {
    cwd,
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

describe('classifyTranslation', () => {
  it('calls a translation stale when the original was committed after it', () => {
    expect(classifyTranslation(200, 100)).toBe('stale');
    expect(classifyTranslation(100, 200)).toBe('up-to-date');
    expect(classifyTranslation(100, 100)).toBe('up-to-date');
    expect(classifyTranslation(undefined, 100)).toBe('unknown');
  });
});

/** Writes files (paths relative to the repository) and commits them at a given time. */
function commitFiles(repo: string, time: number, message: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(repo, 'add', '.');
  commitAt(repo, time, message);
}

describe('readCommitTimes and buildStatusMatrix in a temporary git repository', () => {
  it('finds a translation made stale by a later change to its original', () => {
    const repo = mkdtempSync(join(tmpdir(), 'itbridge-git-'));
    git(repo, 'init', '-q');
    commitFiles(repo, 1_700_000_000, 'original', { 'content/news/en/a.md': 'original\n' });
    commitFiles(repo, 1_700_000_100, 'translations', { 'content/news/uk/a.md': 'переклад\n', 'content/news/bg/a.md': 'превод\n' });
    commitFiles(repo, 1_700_000_200, 'original changed', { 'content/news/en/a.md': 'original, corrected\n' });
    commitFiles(repo, 1_700_000_300, 'bg catches up', { 'content/news/bg/a.md': 'превод, обновен\n' });

    const times = readCommitTimes(join(repo, 'content'));
    expect(times.get(join(repo, 'content/news/en/a.md'))).toBe(1_700_000_200);
    expect(times.get(join(repo, 'content/news/uk/a.md'))).toBe(1_700_000_100);

    const entry = (locale: Locale) => ({ id: `${locale}/a`, collection: 'news' as const, filePath: join(repo, `content/news/${locale}/a.md`), data: { draft: false } });
    const map = buildTranslationMap([entry('en'), entry('uk'), entry('bg')], { today: fixtureToday });
    const [row] = buildStatusMatrix(map.documents, times);
    expect(row!.states).toEqual({ en: 'original', uk: 'stale', ro: 'missing', es: 'missing', bg: 'up-to-date' });

    // An uncommitted edit to the stale Ukrainian translation counts as newer than everything.
    writeFileSync(join(repo, 'content/news/uk/a.md'), 'переклад, оновлений\n');
    const [dirtyRow] = buildStatusMatrix(map.documents, readCommitTimes(join(repo, 'content')));
    expect(dirtyRow!.states.uk).toBe('up-to-date');
  });

  it('gives no times outside a git checkout, so freshness is unknown rather than guessed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-nogit-'));
    expect(readCommitTimes(dir).size).toBe(0);
  });
});

describe('summarizeStatus', () => {
  it('sorts rows by collection and slug and counts each state per locale', () => {
    const map = buildTranslationMap([
      entry('news', 'en', 'b'),
      entry('news', 'uk', 'b'),
      entry('guides', 'en', 'a'),
    ], { today: fixtureToday });
    const times = new Map([
      [resolve('content/news/en/b.md'), 200],
      [resolve('content/news/uk/b.md'), 100],
    ]);
    const { rows, totals } = summarizeStatus(buildStatusMatrix(map.documents, times));
    expect(rows.map((r) => `${r.doc.collection}/${r.doc.slug}`)).toEqual(['guides/a', 'news/b']);
    expect(totals.find((t) => t.locale === 'en')).toEqual({ locale: 'en', current: 2, stale: 0, missing: 0, unknown: 0 });
    expect(totals.find((t) => t.locale === 'uk')).toEqual({ locale: 'uk', current: 0, stale: 1, missing: 1, unknown: 0 });
    expect(totals.find((t) => t.locale === 'bg')).toEqual({ locale: 'bg', current: 0, stale: 0, missing: 2, unknown: 0 });
  });
});

describe('readHistoryState: freshness needs the whole git history', () => {
  /** A repository with two commits, so that a depth-1 clone really cuts history off. */
  function repoWithHistory(): string {
    const repo = mkdtempSync(join(tmpdir(), 'itbridge-full-'));
    git(repo, 'init', '-q');
    commitFiles(repo, 1_700_000_000, 'original', { 'content/news/en/a.md': 'original\n' });
    commitFiles(repo, 1_700_000_100, 'corrected', { 'content/news/en/a.md': 'original, corrected\n' });
    return repo;
  }

  it('calls a normal clone complete and says nothing', () => {
    const repo = repoWithHistory();
    expect(readHistoryState(join(repo, 'content'))).toBe('complete');
    expect(describeUnknownFreshness('complete', 'content')).toBeUndefined();
  });

  it('detects a shallow clone, gives no commit times from it, and names git fetch --unshallow as the fix', () => {
    const repo = repoWithHistory();
    const clone = join(mkdtempSync(join(tmpdir(), 'itbridge-shallow-')), 'clone');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    expect(readHistoryState(join(clone, 'content'))).toBe('shallow');
    expect(readCommitTimes(join(clone, 'content')).size).toBe(0);
    const warning = describeUnknownFreshness('shallow', 'content');
    expect(warning).toContain('content is in a shallow git clone');
    expect(warning).toContain('no page shows a stale-translation notice');
    expect(warning).toContain('git fetch --unshallow');
  });

  it('detects a folder outside any git checkout and says to build from a full clone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-tarball-'));
    expect(readHistoryState(dir)).toBe('none');
    expect(describeUnknownFreshness('none', dir)).toMatch(/is not in a git checkout.*Build from a git clone with its full history/);
  });
});
