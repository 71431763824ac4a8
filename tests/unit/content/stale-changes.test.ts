import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { buildStatusMatrix, type TranslationFreshness } from '../../../src/lib/content/freshness';
import { describeStaleChanges, describeStaleTranslation, staleBlobIds } from '../../../src/lib/content/stale-changes';
import { entry, fixtureToday } from '../../helpers/entries';
import { resolve } from 'node:path';

const then = '---\ntitle: Kickoff\ndescription: Partners meet in Cluj-Napoca.\npubDate: 2025-02-13\n---\n\nThe meeting lasts one day.\n';
const now = '---\ntitle: Kickoff\ndescription: Partners meet in Cluj-Napoca.\npubDate: 2025-03-01\n---\n\nThe meeting lasts two days.\n';
const map = buildTranslationMap([entry('news', 'en', 'kickoff'), entry('news', 'uk', 'kickoff'), entry('news', 'bg', 'kickoff')], { today: fixtureToday });
const commit = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const freshness = new Map<string, TranslationFreshness>([
  [resolve('content/news/uk/kickoff.md'), { state: 'stale', syncedAt: { commit, originalBlob: 'blob-then' }, changed: { commit: 'c2', date: '2026-12-01T23:14:05+00:00' } }],
  [resolve('content/news/bg/kickoff.md'), { state: 'up-to-date', syncedAt: { commit, originalBlob: 'blob-now' } }],
]);
const rows = buildStatusMatrix(map.documents, freshness);
const readFile = (path: string) => (path === 'content/news/en/kickoff.md' ? now : undefined);

describe('describeStaleChanges', () => {
  it('gives each stale translation the change, its date, the changed lines, and the git command to see it', () => {
    const [change, ...rest] = describeStaleChanges(rows, { blobs: new Map([['blob-then', then]]), readFile });
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      locale: 'uk',
      original: 'content/news/en/kickoff.md',
      changed: { commit: 'c2', date: '2026-12-01T23:14:05+00:00' },
      gitCommand: 'git diff a1b2c3d4e5f6 -- content/news/en/kickoff.md',
      compareUrl: undefined,
    });
    // The date changed too, but is not translated: only the sentence shows.
    expect(change!.diff.lines.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'removed', text: 'The meeting lasts one day.' },
      { kind: 'added', text: 'The meeting lasts two days.' },
    ]);
  });

  it('adds the host\'s compare link from the sync commit when the repository is set', () => {
    const [change] = describeStaleChanges(rows, { blobs: new Map([['blob-then', then]]), readFile, compareUrl: (c) => `https://git.example/compare/${c}...main` });
    expect(change!.compareUrl).toBe(`https://git.example/compare/${commit}...main`);
  });

  it('asks only for the blobs of stale translations', () => {
    expect(staleBlobIds(rows)).toEqual(['blob-then']);
  });
});

describe('describeStaleTranslation', () => {
  const original = 'content/news/en/kickoff.md';
  it('names the day and commit of the change and the command that shows it', () => {
    expect(describeStaleTranslation(original, { commit, originalBlob: 'b' }, { commit: 'c0ffee1234567890', date: '2026-12-01T23:14:05+00:00' })).toBe(
      'content/news/en/kickoff.md changed on 2026-12-01 (commit c0ffee12) after this translation: update it. What changed: git diff a1b2c3d4e5f6 -- content/news/en/kickoff.md',
    );
  });
  it('gives the day in UTC, as the build takes today', () => {
    expect(describeStaleTranslation(original, { commit, originalBlob: 'b' }, { commit: 'c0ffee1234567890', date: '2026-12-02T01:00:00+03:00' })).toContain('changed on 2026-12-01');
  });
  it('says when the change is not committed yet', () => {
    expect(describeStaleTranslation(original, { commit, originalBlob: 'b' }, { commit: undefined, date: undefined })).toMatch(/^content\/news\/en\/kickoff\.md has changes not committed yet after this translation: update it\. What changed: git diff a1b2c3d4e5f6 -- /);
  });
  it('keeps the short message when nothing is known about the change', () => {
    expect(describeStaleTranslation(original, undefined, undefined)).toBe('content/news/en/kickoff.md changed after this translation: update it.');
  });
});
