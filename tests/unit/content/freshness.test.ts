import type { Locale } from '../../../src/i18n/locales';
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  buildStatusMatrix,
  describeUnknownFreshness,
  freshnessPairsOf,
  normalizeContent,
  readContentHistory,
  readHistoryState,
  readTranslationFreshness,
  summarizeStatus,
  isTranslationsUnchanged,
  translationsUnchangedTrailer,
  type TranslationFreshness,
} from '../../../src/lib/content/freshness';
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

/** Writes files (paths relative to the repository) and commits them at a given time. */
function commitFiles(repo: string, time: number, message: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  git(repo, 'add', '.');
  commitAt(repo, time, message);
}

/** A news entry of a temporary repository, as the translation map needs it. */
function entryAt(repo: string, locale: Locale, slug = 'a') {
  return { id: `${locale}/${slug}`, collection: 'news' as const, filePath: join(repo, `content/news/${locale}/${slug}.md`), data: { draft: false } };
}

const enDescription = 'Partners from Ukraine, Romania and Spain meet in Cluj-Napoca on 13–14 February 2025 to launch ITBridge.';
/** The English original as written by hand: quoted strings, flow lists. */
const en = ({ description = enDescription, pubDate = '2025-02-13', topics = '[internationalisation, knowledge-exchange]', body = 'IT clusters from Ukraine and the EU meet in Cluj-Napoca.' } = {}) =>
  `---\ntitle: "ITBridge kicks off in Cluj-Napoca"\ndescription: "${description}"\npubDate: ${pubDate}\ntopics: ${topics}\nlocation: Cluj-Napoca\n---\n\n${body}\n`;
/** The same original as Sveltia CMS writes it: other quotes, a block list, draft: false, another key order. */
const enAsSveltia = () =>
  `---\ntitle: ITBridge kicks off in Cluj-Napoca\ndescription: ${enDescription}\ntopics:\n  - internationalisation\n  - knowledge-exchange\npubDate: 2025-02-13\nlocation: Cluj-Napoca\ndraft: false\n---\n\nIT clusters from Ukraine and the EU meet in Cluj-Napoca.\n`;
const ukTitle = 'ITBridge стартує в Клуж-Напоці: ІТ-кластери ЄС та України об’єднують зусилля';
const ukDescription = 'Партнери з України, Румунії та Іспанії зустрічаються в Клуж-Напоці 13–14 лютого 2025 року, щоб започаткувати ITBridge — цифрову ініціативу ЄС та України.';
const ukBody = 'ІТ-кластери з України та Європейського Союзу 13 і 14 лютого 2025 року збираються в Клуж-Напоці.';
/** The Ukrainian translation as written by hand. */
const uk = (body = ukBody) => `---\ntitle: "${ukTitle}"\ndescription: "${ukDescription}"\nlocation: Клуж-Напока\n---\n\n${body}\n`;
/** The same translation after Sveltia CMS saved the entry: exactly the diff of docs/editing-ui.md, nothing translated. */
const ukAsSveltia = (body = ukBody) => `---\ntitle: '${ukTitle}'\ndescription: ${ukDescription}\ndraft: false\nlocation: Клуж-Напока\n---\n\n${body}\n`;

const EN = 'content/news/en/a.md';
const UK = 'content/news/uk/a.md';
const t0 = 1_700_000_000;

function newRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'itbridge-git-'));
  git(repo, 'init', '-q');
  return repo;
}
const head = (repo: string, rev = 'HEAD') => execFileSync('git', ['rev-parse', rev], { cwd: repo, encoding: 'utf8' }).trim();
const lastCommitTime = (repo: string, path: string) => Number(execFileSync('git', ['log', '-1', '--format=%ct', '--', path], { cwd: repo, encoding: 'utf8' }).trim());

/** The Ukrainian column of the status matrix, and where it was last in step, as the build computes them. */
async function ukrainian(repo: string) {
  const map = buildTranslationMap([entryAt(repo, 'en'), entryAt(repo, 'uk')], { today: fixtureToday });
  const freshness = await readTranslationFreshness(join(repo, 'content'), freshnessPairsOf(map.documents));
  const [row] = buildStatusMatrix(map.documents, freshness);
  return { state: row!.states.uk, syncedAt: row!.syncedAt.uk, states: row!.states, changed: row!.changed.uk };
}

/** A commit time as git's %cI writes it in UTC. */
const isoAt = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', '+00:00');

describe('normalizeContent: what a translator translates', () => {
  const neutral = ['pubDate', 'updatedDate', 'topics', 'partners'];
  it('gives the same text for a formatting-only rewrite (quotes, block lists, key order, draft: false, line endings)', () => {
    expect(normalizeContent(enAsSveltia(), neutral)).toBe(normalizeContent(en(), neutral));
    expect(normalizeContent(ukAsSveltia(), [])).toBe(normalizeContent(uk(), []));
    expect(normalizeContent(uk().replace(/\n/g, '\r\n').replace(/\.\r\n$/, '.   \r\n\r\n\r\n'), [])).toBe(normalizeContent(uk(), []));
  });
  it('leaves out the collection’s neutral fields, and only those', () => {
    expect(normalizeContent(en({ pubDate: '2025-03-01', topics: '[internationalisation]' }), neutral)).toBe(normalizeContent(en(), neutral));
    expect(normalizeContent(en({ pubDate: '2025-03-01' }), [])).not.toBe(normalizeContent(en(), []));
  });
  it('differs when a translated field or the body differs', () => {
    expect(normalizeContent(en({ description: `${enDescription} Updated.` }), neutral)).not.toBe(normalizeContent(en(), neutral));
    expect(normalizeContent(en({ body: 'Another text.' }), neutral)).not.toBe(normalizeContent(en(), neutral));
    expect(normalizeContent(en().replace('location: Cluj-Napoca', 'location: Cluj'), neutral)).not.toBe(normalizeContent(en(), neutral));
  });
});

describe('readTranslationFreshness in a temporary git repository: staleness by content, not commit times', () => {
  it('1. calls a translation stale when its original’s text changed after it, and keeps where they were in step', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    const inStep = head(repo);
    commitFiles(repo, t0 + 100, 'original changed', { [EN]: en({ description: `${enDescription} Updated.` }) });
    const result = await ukrainian(repo);
    expect(result.states).toEqual({ en: 'original', uk: 'stale', ro: 'missing', es: 'missing', bg: 'missing' });
    expect(result.syncedAt).toEqual({ commit: inStep, originalBlob: head(repo, `${inStep}:${EN}`) });
  });

  it('2. calls the untouched translation of a Sveltia save stale, although its commit is as new as the original’s', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    const inStep = head(repo);
    // One save: the English description changed, the Ukrainian file only re-serialised.
    commitFiles(repo, t0 + 100, 'Sveltia save', { [EN]: en({ description: `${enDescription} Updated.` }), [UK]: ukAsSveltia() });
    // The old rule (stale when the original's last commit is newer than the translation's) would say up to date:
    expect(lastCommitTime(repo, EN)).toBe(lastCommitTime(repo, UK));
    expect(await ukrainian(repo)).toMatchObject({ state: 'stale', syncedAt: { commit: inStep } });
  });

  it('3. keeps a translation up to date when its original is only re-formatted', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'Sveltia save, nothing changed', { [EN]: enAsSveltia() });
    expect((await ukrainian(repo)).state).toBe('up-to-date');
  });

  it('4. keeps a translation up to date when only the original’s language-neutral fields change (pubDate, topics)', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'new date and topics', { [EN]: en({ pubDate: '2025-03-01', topics: '[internationalisation, market-access]' }) });
    expect((await ukrainian(repo)).state).toBe('up-to-date');
  });

  it('5. calls a translation up to date once it is updated after its original changed', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'original changed', { [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }) });
    commitFiles(repo, t0 + 200, 'translation follows', { [UK]: uk('ІТ-кластери збираються в Клуж-Напоці на два дні.') });
    expect(await ukrainian(repo)).toEqual({
      state: 'up-to-date',
      syncedAt: { commit: head(repo), originalBlob: head(repo, `HEAD:${EN}`) },
      states: expect.anything(),
      changed: undefined,
    });
  });

  it('6. counts uncommitted changes: to the original’s text (stale), its formatting (not stale), the translation (in step now)', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    writeFileSync(join(repo, EN), en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }));
    expect((await ukrainian(repo)).state).toBe('stale');
    writeFileSync(join(repo, EN), enAsSveltia());
    expect((await ukrainian(repo)).state).toBe('up-to-date');
    writeFileSync(join(repo, EN), en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }));
    writeFileSync(join(repo, UK), uk('ІТ-кластери збираються в Клуж-Напоці на два дні.'));
    expect(await ukrainian(repo)).toMatchObject({ state: 'up-to-date', syncedAt: undefined });
  });

  it('7. keeps a properly updated translation up to date through a later formatting-only rewrite of both files', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'original changed', { [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }) });
    commitFiles(repo, t0 + 200, 'translation follows', { [UK]: uk('ІТ-кластери збираються в Клуж-Напоці на два дні.') });
    const updated = head(repo);
    commitFiles(repo, t0 + 300, 'Sveltia save, date only', {
      [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days.', pubDate: '2025-02-14' }),
      [UK]: ukAsSveltia('ІТ-кластери збираються в Клуж-Напоці на два дні.'),
    });
    // The translation's text dates from the update, not from the re-serialisation.
    expect(await ukrainian(repo)).toMatchObject({ state: 'up-to-date', syncedAt: { commit: updated } });
  });

  it('keeps a translation up to date through formatting-only rewrites of it alone, and names the original it matches', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'Sveltia save of the translation', { [UK]: ukAsSveltia() });
    commitFiles(repo, t0 + 200, 'and again', { [UK]: uk() });
    expect(await ukrainian(repo)).toMatchObject({ state: 'up-to-date', syncedAt: { originalBlob: head(repo, `HEAD:${EN}`) } });
  });

  it('reads the original as the translation’s own commit had it when the translation was made on a branch', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    git(repo, 'branch', 'translation');
    commitFiles(repo, t0 + 100, 'original changed on main', { [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }) });
    git(repo, 'checkout', '-q', 'translation');
    // Committed later than the original's change, but on a branch that does not have it.
    commitFiles(repo, t0 + 200, 'translation polished on a branch', { [UK]: uk('ІТ-кластери з України та ЄС збираються в Клуж-Напоці.') });
    const polished = head(repo);
    git(repo, 'checkout', '-q', '-');
    execFileSync('git', ['merge', '-q', '--no-edit', 'translation'], { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_AUTHOR_DATE: `${t0 + 300} +0000`, GIT_COMMITTER_DATE: `${t0 + 300} +0000` } });
    expect(await ukrainian(repo)).toMatchObject({ state: 'stale', syncedAt: { commit: polished, originalBlob: head(repo, `HEAD~2:${EN}`) } });
  });

  it('calls a translation stale when its original did not exist yet when it was written', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'translation first', { [UK]: uk() });
    commitFiles(repo, t0 + 100, 'original', { [EN]: en() });
    expect(await ukrainian(repo)).toMatchObject({ state: 'stale', syncedAt: { originalBlob: undefined } });
  });

  it('reads no history outside a git checkout, so freshness is unknown rather than guessed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'itbridge-nogit-'));
    expect(readContentHistory(dir)).toBeUndefined();
    mkdirSync(join(dir, 'content/news/en'), { recursive: true });
    mkdirSync(join(dir, 'content/news/uk'), { recursive: true });
    writeFileSync(join(dir, EN), en());
    writeFileSync(join(dir, UK), uk());
    expect((await ukrainian(dir)).state).toBe('unknown');
  });
});

describe('Translations: unchanged — a change to an original that needs no translation', () => {
  const typoFix = `Fix a typo in the kickoff news\n\n${translationsUnchangedTrailer}`;

  it('reads the trailer in any case, and only the value "unchanged"', () => {
    expect(isTranslationsUnchanged('unchanged')).toBe(true);
    expect(isTranslationsUnchanged(' Unchanged\n')).toBe(true);
    expect(isTranslationsUnchanged('needed,unchanged')).toBe(true);
    expect(isTranslationsUnchanged('')).toBe(false);
    expect(isTranslationsUnchanged('changed')).toBe(false);
  });

  it('keeps the translation up to date through a typo fix committed with the trailer', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, typoFix, { [EN]: en({ body: 'IT clusters from Ukraine and the EU meet in Cluj-Napoca!' }) });
    expect(await ukrainian(repo)).toMatchObject({ state: 'up-to-date', changed: undefined });
    // The same change without the trailer makes it stale, with the commit and its date.
    const plain = newRepo();
    commitFiles(plain, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(plain, t0 + 100, 'Fix a typo', { [EN]: en({ body: 'IT clusters from Ukraine and the EU meet in Cluj-Napoca!' }) });
    expect(await ukrainian(plain)).toMatchObject({ state: 'stale', changed: { commit: head(plain), date: isoAt(t0 + 100) } });
  });

  it('accepts the trailer written in lower case, as a line of the last paragraph', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'Typo\n\nSigned-off-by: t <t@t>\ntranslations: Unchanged', { [EN]: en({ description: `${enDescription}.` }) });
    expect((await ukrainian(repo)).state).toBe('up-to-date');
  });

  it('does not hide a real change made before the marked typo fix, and dates the staleness by the real change', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, 'New paragraph', { [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days.' }) });
    const real = head(repo);
    commitFiles(repo, t0 + 200, typoFix, { [EN]: en({ body: 'IT clusters meet in Cluj-Napoca for two days!' }) });
    expect(await ukrainian(repo)).toMatchObject({ state: 'stale', changed: { commit: real, date: isoAt(t0 + 100) } });
  });

  it('does not hide a real change made after a marked one, nor an uncommitted change', async () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, typoFix, { [EN]: en({ description: `${enDescription}.` }) });
    commitFiles(repo, t0 + 200, 'New paragraph', { [EN]: en({ description: `${enDescription}.`, body: 'IT clusters meet in Cluj-Napoca for two days.' }) });
    expect(await ukrainian(repo)).toMatchObject({ state: 'stale', changed: { commit: head(repo), date: isoAt(t0 + 200) } });

    const dirty = newRepo();
    commitFiles(dirty, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(dirty, t0 + 100, typoFix, { [EN]: en({ description: `${enDescription}.` }) });
    writeFileSync(join(dirty, EN), en({ description: `${enDescription}.`, body: 'Not committed yet.' }));
    expect(await ukrainian(dirty)).toMatchObject({ state: 'stale', changed: { commit: undefined, date: undefined } });
  });

  it('records every commit\'s date and trailer from the one git log', () => {
    const repo = newRepo();
    commitFiles(repo, t0, 'both', { [EN]: en(), [UK]: uk() });
    commitFiles(repo, t0 + 100, typoFix, { [EN]: en({ description: `${enDescription}.` }) });
    const history = readContentHistory(join(repo, 'content'))!;
    expect(history.commits.get(head(repo))).toEqual({ date: isoAt(t0 + 100), translationsUnchanged: true });
    expect(history.commits.get(head(repo, 'HEAD~1'))).toEqual({ date: isoAt(t0), translationsUnchanged: false });
  });
});

describe('summarizeStatus', () => {
  it('sorts rows by collection and slug and counts each state per locale', () => {
    const map = buildTranslationMap([
      entry('news', 'en', 'b'),
      entry('news', 'uk', 'b'),
      entry('guides', 'en', 'a'),
    ], { today: fixtureToday });
    const freshness = new Map<string, TranslationFreshness>([[resolve('content/news/uk/b.md'), { state: 'stale', syncedAt: { commit: 'c1', originalBlob: 'b1' } }]]);
    const { rows, totals } = summarizeStatus(buildStatusMatrix(map.documents, freshness));
    expect(rows[1]!.syncedAt).toEqual({ uk: { commit: 'c1', originalBlob: 'b1' } });
    expect(rows.map((r) => `${r.doc.collection}/${r.doc.slug}`)).toEqual(['guides/a', 'news/b']);
    expect(totals.find((t) => t.locale === 'en')).toEqual({ locale: 'en', current: 2, stale: 0, missing: 0, unknown: 0 });
    expect(totals.find((t) => t.locale === 'uk')).toEqual({ locale: 'uk', current: 0, stale: 1, missing: 1, unknown: 0 });
    expect(totals.find((t) => t.locale === 'bg')).toEqual({ locale: 'bg', current: 0, stale: 0, missing: 2, unknown: 0 });
  });
});

describe('readHistoryState: freshness needs the whole git history', () => {
  /** A repository with two commits (the second makes the translation stale), so that a depth-1 clone really cuts history off. */
  function repoWithHistory(): string {
    const repo = mkdtempSync(join(tmpdir(), 'itbridge-full-'));
    git(repo, 'init', '-q');
    commitFiles(repo, 1_700_000_000, 'original', { 'content/news/en/a.md': 'original\n', 'content/news/uk/a.md': 'переклад\n' });
    commitFiles(repo, 1_700_000_100, 'corrected', { 'content/news/en/a.md': 'original, corrected\n' });
    return repo;
  }

  it('calls a normal clone complete and says nothing', () => {
    const repo = repoWithHistory();
    expect(readHistoryState(join(repo, 'content'))).toBe('complete');
    expect(describeUnknownFreshness('complete', 'content')).toBeUndefined();
  });

  it('detects a shallow clone, reads no history from it (every translation unknown), and names git fetch --unshallow as the fix', async () => {
    const repo = repoWithHistory();
    const clone = join(mkdtempSync(join(tmpdir(), 'itbridge-shallow-')), 'clone');
    git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
    expect(readHistoryState(join(clone, 'content'))).toBe('shallow');
    expect(readContentHistory(join(clone, 'content'))).toBeUndefined();
    const map = buildTranslationMap([entryAt(clone, 'en'), entryAt(clone, 'uk')], { today: fixtureToday });
    const freshness = await readTranslationFreshness(join(clone, 'content'), freshnessPairsOf(map.documents));
    expect(freshness.size).toBe(0);
    expect(buildStatusMatrix(map.documents, freshness)[0]!.states.uk).toBe('unknown');
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
