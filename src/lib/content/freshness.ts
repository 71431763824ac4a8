import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { parseFrontmatter } from 'astro/markdown';
import { locales, type Locale } from '../../i18n/locales';
import { stripFrontmatter } from '../checks/markdown-source';
import { getCollectionSpec } from './collections';
import type { MapEntry, TranslatedDocument } from './translation-map';

export type TranslationState = 'original' | 'up-to-date' | 'stale' | 'missing' | 'unknown';

/**
 * How much git history the content folder has: all of it, a shallow clone's cut-off part (CI's
 * default checkout), or none (a tarball, or no git installed).
 */
export type HistoryState = 'complete' | 'shallow' | 'none';

function runGit(root: string, args: string[]): string {
  return execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
}

/**
 * Whether `dir` lies in a git checkout with its full history, which freshness needs: in a shallow
 * clone every file older than the cut-off seems changed in the cut-off commit, so stale translations
 * would look up to date.
 * @example readHistoryState('content') // 'shallow' after git clone --depth 1
 */
export function readHistoryState(dir: string): HistoryState {
  try {
    return runGit(resolve(dir), ['rev-parse', '--is-shallow-repository']).trim() === 'true' ? 'shallow' : 'complete';
  } catch {
    return 'none';
  }
}

/**
 * What to tell editors and whoever builds when freshness cannot be known, with the fix; undefined
 * when the history is complete.
 * @example describeUnknownFreshness('shallow', 'content') // 'content is in a shallow git clone … git fetch --unshallow …'
 */
export function describeUnknownFreshness(state: HistoryState, dir: string): string | undefined {
  const consequence =
    'so translation freshness is unknown: no page shows a stale-translation notice, and the translation status ' +
    'cannot say which translations are stale.';
  if (state === 'shallow') {
    return `${dir} is in a shallow git clone, ${consequence} Fetch the full history before building: git fetch --unshallow ` +
      '(on GitHub Actions, actions/checkout with fetch-depth: 0).';
  }
  if (state === 'none') {
    return `${dir} is not in a git checkout (or git is not installed), ${consequence} Build from a git clone with its full history.`;
  }
  return undefined;
}

/**
 * What a translator translates, as one comparable string: the parsed frontmatter (Astro's parser, as
 * the build reads it) without the fields that are not translated — the collection's language-neutral
 * ones (`omit`) and `draft`, which only says whether this language's file is published, so
 * `draft: false` and no `draft` are the same — with keys sorted at every level, then the Markdown body
 * with line endings, trailing spaces and leading or trailing blank lines normalised. Rewrites that
 * change only YAML formatting (quotes, flow or block lists, key order) give the same string. A file
 * whose frontmatter does not parse is compared as text.
 * @example normalizeContent('---\ntitle: "Hi"\ntopics: [a]\n---\nText  \n', ['topics']) === normalizeContent("---\ntitle: 'Hi'\ndraft: false\n---\nText\n", ['topics']) // true
 */
export function normalizeContent(text: string, omit: readonly string[]): string {
  const parts = translatedParts(text, omit);
  return 'unparsed' in parts ? `unparsed\n${parts.unparsed}` : `${JSON.stringify(parts.fields)}\n${parts.body}`;
}

/**
 * The parts of a file a translator translates: the frontmatter fields (not the neutral ones in `omit`,
 * not `draft`) with keys sorted at every level, and the normalised Markdown body; or the whole text,
 * normalised line endings only, when its frontmatter does not parse.
 * @example translatedParts('---\ntitle: Hi\npubDate: 2025-01-01\n---\nText\n', ['pubDate']) // { fields: { title: 'Hi' }, body: 'Text' }
 */
export function translatedParts(text: string, omit: readonly string[]): { fields: Record<string, unknown>; body: string } | { unparsed: string } {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let data: Record<string, unknown>;
  try {
    data = parseFrontmatter(source, { frontmatter: 'preserve' }).frontmatter;
  } catch {
    return { unparsed: source };
  }
  const kept = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'draft' && !omit.includes(key)));
  const body = stripFrontmatter(source).replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, '');
  return { fields: sortKeys(kept) as Record<string, unknown>, body };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortKeys(v)]));
}

/** One change to a file in the git log: the commit, its place in the log, and the file's blob after it (undefined: deleted there). */
export interface FileVersion {
  commit: string;
  /** 0 for the newest commit of the log, counting up towards older ones. */
  position: number;
  blob: string | undefined;
}

/** A commit of the log as freshness reads it. */
export interface CommitInfo {
  /** Committer date, ISO 8601 with offset, e.g. 2026-12-01T23:14:05+00:00. */
  date: string;
  /**
   * The commit message has the trailer `Translations: unchanged` (key and value in any case): its changes
   * to originals need no translation (a typo fix), so they make no translation stale.
   */
  translationsUnchanged: boolean;
}

/** The trailer that marks a commit's changes to originals as not needing translation, as editors write it. */
export const translationsUnchangedTrailer = 'Translations: unchanged';

/**
 * Whether the values of a commit's `Translations` trailers (git log's `%(trailers:key=Translations,valueonly)`)
 * say its changes need no translation.
 * @example isTranslationsUnchanged('unchanged\n') // true
 * @example isTranslationsUnchanged('') // false
 */
export function isTranslationsUnchanged(trailerValues: string): boolean {
  return trailerValues.split(/[\n,]/).some((value) => value.trim().toLowerCase() === 'unchanged');
}

/** What one `git log` of the content folder says: every file's versions, newest first, and the commits' order. */
export interface ContentHistory {
  /** By absolute path. */
  versions: Map<string, FileVersion[]>;
  /** The position of every commit in the log. */
  positions: Map<string, number>;
  /** Every commit's date and trailer. */
  commits: Map<string, CommitInfo>;
  /**
   * Position of the newest merge (Infinity without merges): the commits before it form one line of
   * history, each the parent of the one before, so there a file's blob at a commit is simply its newest
   * version at or after that commit in the log.
   */
  newestMerge: number;
  /** The object-id hash of the repository: sha1, or sha256. */
  algorithm: 'sha1' | 'sha256';
}

/**
 * Every version of every file under `dir`, from ONE `git log --raw` (blob ids, no contents). Merges
 * count with what they change against their first parent, so a conflict resolution is a version too.
 * Undefined without the full history (see {@link readHistoryState}) or without commits: freshness is
 * unknown rather than guessed.
 * @example readContentHistory('content')?.versions.get(resolve('content/news/uk/kickoff.md'))?.[0] // { commit: '9f21…', position: 0, blob: 'c182…' }
 */
export function readContentHistory(dir: string): ContentHistory | undefined {
  const root = resolve(dir);
  if (readHistoryState(root) !== 'complete') return undefined;
  let log: string;
  try {
    // Per commit: hash, parents, then (after \x02) the committer date and (after \x03) the Translations trailers' values.
    const format = '--format=%x01%H %P%x02%cI%x03%(trailers:key=Translations,valueonly,separator=%x2C)';
    log = runGit(root, ['log', '--raw', '--no-abbrev', '--no-renames', '--diff-merges=first-parent', format, '-z', '--relative', '--', '.']);
  } catch {
    return undefined; // a checkout without commits yet
  }
  const history: ContentHistory = { versions: new Map(), positions: new Map(), commits: new Map(), newestMerge: Infinity, algorithm: 'sha1' };
  // -z output: "\x01<commit> <parents>", then per changed file ":<modes> <old blob> <new blob> <status>" and its path, NUL-separated.
  const fields = log.split('\0');
  let commit = '';
  let position = -1;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!.replace(/^\n/, '');
    if (field.startsWith('\x01')) {
      const [head = '', rest = ''] = field.slice(1).split('\x02');
      const [date = '', trailers = ''] = rest.split('\x03');
      const [hash, ...parents] = head.trim().split(' ');
      commit = hash!;
      history.positions.set(commit, ++position);
      history.commits.set(commit, { date: date.trim(), translationsUnchanged: isTranslationsUnchanged(trailers) });
      if (parents.length > 1 && history.newestMerge === Infinity) history.newestMerge = position;
      if (commit.length === 64) history.algorithm = 'sha256';
    } else if (field.startsWith(':')) {
      const [, , , blob, status] = field.split(' ');
      const path = resolve(root, fields[++i]!);
      const list = history.versions.get(path) ?? [];
      list.push({ commit, position, blob: status === 'D' ? undefined : blob });
      history.versions.set(path, list);
    }
  }
  return history;
}

/** Where a translation was last in step with its original: what issue 19's "what changed since" diff starts from. */
export interface SyncPoint {
  /**
   * A commit at which the translation already had its current text, and the original was `originalBlob`:
   * the oldest such commit (where the translation's text was established), or a later one when the
   * original was the same anyway (the history then need not be read further back).
   */
  commit: string;
  /** The original's blob at that commit (`git diff <blob> <original now>` shows what changed since); undefined when the original did not exist then. */
  originalBlob: string | undefined;
}

/** The change to an original that made a translation stale: the newest one that needs translating. */
export interface OriginalChange {
  /** The commit that made it; undefined when the change is not committed yet (the working tree). */
  commit: string | undefined;
  /** That commit's committer date (ISO 8601); undefined when uncommitted. */
  date: string | undefined;
}

export interface TranslationFreshness {
  state: 'up-to-date' | 'stale';
  /** Undefined when the translation's text is not committed: it counts as brought in step with the original now. */
  syncedAt: SyncPoint | undefined;
  /** On a stale translation: the newest change to the original's text since `syncedAt` not marked `Translations: unchanged`. */
  changed?: OriginalChange | undefined;
}

/** One translation file, its original and the fields that are not translated (the collection's neutral ones). */
export interface FreshnessPair {
  original: string;
  translation: string;
  neutral: readonly string[];
}

/** The git blob id of some bytes, as `git hash-object` computes it, to match a working-tree file against history. */
const blobIdOf = (bytes: Buffer, algorithm: string) => createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

/**
 * The entries of a git tree object (`<mode> <name>\0<raw id>` each): name → object id.
 * @example readTreeEntries(Buffer.concat([Buffer.from('100644 a.md\0'), Buffer.alloc(20)]), 20).get('a.md') // '0000…'
 */
export function readTreeEntries(bytes: Buffer, idLength: number): Map<string, string> {
  const entries = new Map<string, string>();
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    const nul = bytes.indexOf(0, space);
    if (space < 0 || nul < 0) break;
    entries.set(bytes.subarray(space + 1, nul).toString('utf8'), bytes.subarray(nul + 1, nul + 1 + idLength).toString('hex'));
    at = nul + 1 + idLength;
  }
  return entries;
}

/**
 * One `git cat-file --batch-command` process for every lookup: object ids of `<commit>:<path>` and
 * contents of blobs and trees, streamed in request order, started on the first request.
 */
function openObjectReader(root: string) {
  let child: ChildProcessByStdio<Writable, Readable, null> | undefined;
  let buffer: Buffer = Buffer.alloc(0);
  const pending: { kind: 'info' | 'contents'; resolve: (value: { id: string; data?: Buffer } | undefined) => void; reject: (error: Error) => void }[] = [];
  const fail = (error: Error) => {
    for (const p of pending.splice(0)) p.reject(error);
  };
  const drain = () => {
    while (pending.length) {
      const eol = buffer.indexOf(0x0a);
      if (eol < 0) return;
      const header = buffer.subarray(0, eol).toString('utf8');
      const [id, type, size] = header.split(' ');
      if (type === 'missing' || type === 'ambiguous' || size === undefined) {
        buffer = buffer.subarray(eol + 1);
        pending.shift()!.resolve(undefined);
        continue;
      }
      if (pending[0]!.kind === 'info') {
        buffer = buffer.subarray(eol + 1);
        pending.shift()!.resolve({ id: id! });
        continue;
      }
      const end = eol + 1 + Number(size);
      if (buffer.length < end + 1) return; // the contents and their closing newline are still on the way
      const data = Buffer.from(buffer.subarray(eol + 1, end));
      buffer = buffer.subarray(end + 1);
      pending.shift()!.resolve({ id: id!, data });
    }
  };
  let queued = '';
  const send = () => {
    child?.stdin.write(`${queued}flush\n`);
    queued = '';
  };
  const request = (kind: 'info' | 'contents', name: string) =>
    new Promise<{ id: string; data?: Buffer } | undefined>((resolvePromise, reject) => {
      if (!child) {
        child = spawn('git', ['-C', root, 'cat-file', '--batch-command', '--buffer'], { stdio: ['pipe', 'pipe', 'ignore'] });
        child.stdout.on('data', (chunk: Buffer) => {
          buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
          drain();
        });
        child.on('error', fail);
        child.stdin.on('error', fail);
        child.on('close', () => fail(new Error('git cat-file ended before answering')));
      }
      pending.push({ kind, resolve: resolvePromise, reject });
      // Requests made in one turn of the event loop go out in one write, answered after one flush.
      if (!queued) setImmediate(send);
      queued += `${kind} ${name}\n`;
    });
  return {
    /** The object id of `<commit>:<path>`, undefined when there is no such file in that commit. */
    idOf: async (name: string) => (await request('info', name))?.id,
    contents: async (id: string) => (await request('contents', id))?.data ?? Buffer.alloc(0),
    close: () => child?.stdin.end(),
  };
}

/**
 * Whether each translation is stale, by CONTENT: find the commit at which the translation's current
 * text was established (walking its versions newest → oldest while the normalised content
 * ({@link normalizeContent}) stays the same, the oldest commit of that run), then compare the original
 * as it was at that commit with the original now (the working tree). Different → stale; the same, or a
 * translation whose text is uncommitted (in step with the original now) → up to date. So a
 * formatting-only rewrite of either file, or a change to the original's neutral fields, never makes a
 * translation stale or current, and an uncommitted change to the original's text counts like a
 * committed one. Reads history once ({@link readContentHistory}), compares blob ids before parsing, and
 * fetches only the blobs it must compare through one `git cat-file` process. Keyed by the
 * translation's absolute path; empty without the full history (the states are then unknown).
 * @example (await readTranslationFreshness('content', pairs)).get(resolve('content/news/uk/kickoff.md'))?.state // 'stale'
 */
export async function readTranslationFreshness(dir: string, pairs: readonly FreshnessPair[]): Promise<Map<string, TranslationFreshness>> {
  const results = new Map<string, TranslationFreshness>();
  const root = resolve(dir);
  const history = readContentHistory(root);
  if (!history || pairs.length === 0) return results;
  const { algorithm } = history;
  const objects = openObjectReader(root);
  const normalized = new Map<string, Promise<string>>();
  const normalizedBlob = (blob: string, neutral: readonly string[]) => {
    const key = `${blob}\0${neutral.join(',')}`;
    let hit = normalized.get(key);
    if (!hit) normalized.set(key, (hit = objects.contents(blob).then((bytes) => normalizeContent(bytes.toString('utf8'), neutral))));
    return hit;
  };
  const working = new Map<string, { id: string; text: string } | undefined>();
  const workingFile = (path: string) => {
    if (!working.has(path)) {
      let file: { id: string; text: string } | undefined;
      try {
        const bytes = readFileSync(path);
        file = { id: blobIdOf(bytes, algorithm), text: bytes.toString('utf8') };
      } catch {
        file = undefined;
      }
      working.set(path, file);
    }
    return working.get(path);
  };

  const normalizedNow = new Map<string, string>();
  const normalizedWorking = (path: string, text: string, neutral: readonly string[]) => {
    let hit = normalizedNow.get(path);
    if (hit === undefined) normalizedNow.set(path, (hit = normalizeContent(text, neutral)));
    return hit;
  };

  // A folder's entries at a commit, by tree id: commits that did not change the folder share one read.
  const trees = new Map<string, Promise<Map<string, string>>>();
  const folders = new Map<string, Promise<Map<string, string> | undefined>>();
  const folderAt = (commit: string, folder: string) => {
    const key = `${commit}:./${folder}`;
    let hit = folders.get(key);
    if (!hit) {
      hit = objects.idOf(key).then((tree) => {
        if (!tree) return undefined;
        let entries = trees.get(tree);
        if (!entries) trees.set(tree, (entries = objects.contents(tree).then((bytes) => readTreeEntries(bytes, history.algorithm === 'sha256' ? 32 : 20))));
        return entries;
      });
      folders.set(key, hit);
    }
    return hit;
  };
  /** The blob of `path` in commit `commit`: from the log on the one line of history after the newest merge, else from git. */
  const blobAt = async (path: string, commit: string) => {
    const at = history.positions.get(commit)!;
    const version = history.versions.get(path)?.find((v) => v.position >= at);
    if (version && version.position < history.newestMerge) return version.blob;
    if (!version && history.newestMerge === Infinity) return undefined; // not created yet at that commit
    return (await folderAt(commit, relative(root, dirname(path))))?.get(basename(path));
  };

  /**
   * Whether the log alone shows that `path` is the same blob at every commit from position `newer` back
   * to `older`: no version of it in between, all on the one line of history after the newest merge.
   */
  const originalSteady = (path: string, newer: number, older: number) => {
    if (older >= history.newestMerge) return false;
    const version = history.versions.get(path)?.find((v) => v.position >= newer);
    return !version || (version.position >= older && version.position < history.newestMerge);
  };

  const classify = async ({ original, translation, neutral }: FreshnessPair): Promise<TranslationFreshness | undefined> => {
    const now = workingFile(translation);
    const originalNow = workingFile(original);
    if (!now || !originalNow) return undefined;
    const nowText = () => normalizedWorking(translation, now.text, neutral);
    // Blobs known to hold the translation's current text: no need to fetch or parse them again.
    const same = new Set([now.id]);
    // A deletion ends the walk: what came before it is another life of the path.
    const all = history.versions.get(translation) ?? [];
    const deleted = all.findIndex((v) => !v.blob);
    const versions = deleted < 0 ? all : all.slice(0, deleted);
    let since: FileVersion | undefined;
    for (const version of versions) {
      if (!same.has(version.blob!)) {
        // Where the original is the same at every older version, how far back the run goes changes nothing: stop.
        if (since && originalSteady(original, since.position, versions.at(-1)!.position)) break;
        if ((await normalizedBlob(version.blob!, neutral)) !== nowText()) break;
        same.add(version.blob!);
      }
      since = version;
    }
    if (!since) return { state: 'up-to-date', syncedAt: undefined };
    const originalBlob = await blobAt(original, since.commit);
    const syncedAt = { commit: since.commit, originalBlob };
    if (originalBlob === originalNow.id) return { state: 'up-to-date', syncedAt };
    const originalText = normalizedWorking(original, originalNow.text, neutral);
    if (originalBlob && (await normalizedBlob(originalBlob, neutral)) === originalText) return { state: 'up-to-date', syncedAt };
    const changed = await untranslatedChange(original, since.position, originalBlob, originalText, neutral);
    return changed ? { state: 'stale', syncedAt, changed } : { state: 'up-to-date', syncedAt };
  };

  /**
   * The newest change to the original's text after the sync point that needs translating: walk its
   * versions from the sync point forward and keep the last step that changed the normalised text in a
   * commit without `Translations: unchanged`; then the working tree, whose uncommitted change always
   * counts. Undefined when every change since was marked as needing no translation.
   */
  const untranslatedChange = async (original: string, syncPosition: number, syncBlob: string | undefined, nowText: string, neutral: readonly string[]) => {
    const newer = (history.versions.get(original) ?? []).filter((v) => v.position < syncPosition).reverse();
    let before = syncBlob ? await normalizedBlob(syncBlob, neutral) : undefined;
    let found: OriginalChange | undefined;
    for (const version of newer) {
      const text = version.blob ? await normalizedBlob(version.blob, neutral) : undefined;
      const commit = history.commits.get(version.commit);
      if (text !== before && !commit?.translationsUnchanged) found = { commit: version.commit, date: commit?.date };
      before = text;
    }
    return nowText !== before ? { commit: undefined, date: undefined } : found;
  };

  try {
    const verdicts = await Promise.all(pairs.map(classify));
    pairs.forEach((pair, i) => {
      const verdict = verdicts[i];
      if (verdict) results.set(resolve(pair.translation), verdict);
    });
  } catch {
    return new Map(); // git could not answer: unknown rather than guessed
  } finally {
    objects.close();
  }
  return results;
}

/**
 * The text of git blobs by id, from one `git cat-file --batch`: what the status page diffs (the
 * original at the sync point). Ids git does not have are left out; an empty map without git.
 * @example readBlobTexts('content', [syncedAt.originalBlob]).get(syncedAt.originalBlob) // '---\ntitle: …'
 */
export function readBlobTexts(dir: string, ids: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  const unique = [...new Set(ids)];
  if (!unique.length) return texts;
  let out: Buffer;
  try {
    out = execFileSync('git', ['-C', resolve(dir), 'cat-file', '--batch'], { input: `${unique.join('\n')}\n`, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
  } catch {
    return texts;
  }
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(0x0a, at);
    if (eol < 0) break;
    const [id, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    if (type !== 'blob' || size === undefined) {
      at = eol + 1;
      continue;
    }
    const end = eol + 1 + Number(size);
    texts.set(id!, out.subarray(eol + 1, end).toString('utf8'));
    at = end + 1;
  }
  return texts;
}

/**
 * The translation pairs of documents: every translation with a file, its original's file and the
 * collection's neutral fields.
 */
export function freshnessPairsOf<E extends MapEntry>(docs: readonly TranslatedDocument<E>[]): FreshnessPair[] {
  return docs.flatMap((doc) => {
    const original = doc.source.filePath;
    if (!original) return [];
    const neutral = getCollectionSpec(doc.collection).neutral;
    return [...doc.versions.entries()].flatMap(([locale, version]) =>
      locale === doc.sourceLocale || !version.filePath ? [] : [{ original: resolve(original), translation: resolve(version.filePath), neutral }],
    );
  });
}

export interface StatusRow<E extends MapEntry> {
  doc: TranslatedDocument<E>;
  states: Record<Locale, TranslationState>;
  /** Per translated locale whose state is known: where it was last in step with the original (issue 19). */
  syncedAt: Partial<Record<Locale, SyncPoint>>;
  /** Per stale locale: the change to the original that made it stale, with its date. */
  changed: Partial<Record<Locale, OriginalChange>>;
}

/** The translation status of every document in every locale, from {@link readTranslationFreshness}. */
export function buildStatusMatrix<E extends MapEntry>(
  docs: readonly TranslatedDocument<E>[],
  freshness: ReadonlyMap<string, TranslationFreshness>,
): StatusRow<E>[] {
  return docs.map((doc) => {
    const syncedAt: Partial<Record<Locale, SyncPoint>> = {};
    const changed: Partial<Record<Locale, OriginalChange>> = {};
    const states = Object.fromEntries(
      locales.map((locale): [Locale, TranslationState] => {
        if (locale === doc.sourceLocale) return [locale, 'original'];
        const version = doc.versions.get(locale);
        if (!version) return [locale, 'missing'];
        const known = version.filePath ? freshness.get(resolve(version.filePath)) : undefined;
        if (known?.syncedAt) syncedAt[locale] = known.syncedAt;
        if (known?.changed) changed[locale] = known.changed;
        return [locale, known?.state ?? 'unknown'];
      }),
    ) as Record<Locale, TranslationState>;
    return { doc, states, syncedAt, changed };
  });
}

/** Per-locale totals of the status matrix, for the editors' status page. */
export interface StatusTotals {
  locale: Locale;
  /** Originals and up-to-date translations. */
  current: number;
  stale: number;
  missing: number;
  unknown: number;
}

/**
 * Rows sorted by collection and slug, and the totals per locale, as the status page shows them.
 * @example summarizeStatus(rows).totals.find((t) => t.locale === 'bg')?.missing // 3
 */
export function summarizeStatus<E extends MapEntry>(rows: readonly StatusRow<E>[]): { rows: StatusRow<E>[]; totals: StatusTotals[] } {
  const sorted = [...rows].sort((a, b) => a.doc.collection.localeCompare(b.doc.collection) || a.doc.slug.localeCompare(b.doc.slug));
  const count = (locale: Locale, ...states: TranslationState[]) => rows.filter((r) => states.includes(r.states[locale])).length;
  const totals = locales.map((locale) => ({
    locale,
    current: count(locale, 'original', 'up-to-date'),
    stale: count(locale, 'stale'),
    missing: count(locale, 'missing'),
    unknown: count(locale, 'unknown'),
  }));
  return { rows: sorted, totals };
}
