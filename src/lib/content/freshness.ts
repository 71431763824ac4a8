import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';
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
 * Last commit time (Unix seconds) of every file under `dir`, keyed by absolute path, from one `git log`
 * call run in `dir`: the first time a file appears in the log (newest first) is its last change. Files
 * with uncommitted changes count as changed now. Without the full history (see {@link readHistoryState})
 * the map is empty: freshness is unknown rather than guessed.
 * @example readCommitTimes('content').get(resolve('content/news/en/kickoff.md')) // 1739404800
 */
export function readCommitTimes(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  const root = resolve(dir);
  if (readHistoryState(root) !== 'complete') return times;
  const git = (...args: string[]) => runGit(root, args);
  try {
    const log = git('log', '--format=@%ct', '--name-only', '--relative', '--', '.');
    let current = 0;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = Number(line.slice(1));
      else if (line && !times.has(resolve(root, line))) times.set(resolve(root, line), current);
    }
    const now = Math.floor(Date.now() / 1000);
    const top = git('rev-parse', '--show-toplevel').trim();
    for (const line of git('status', '--porcelain', '--untracked-files=all', '--', '.').split('\n')) {
      // Porcelain paths are relative to the repository root; untracked and modified files are "now".
      if (line.length > 3) times.set(resolve(top, line.slice(3).trim()), now);
    }
  } catch {
    // A checkout without commits yet: nothing is known, which is what an empty map says.
  }
  return times;
}

/**
 * A translation is stale when its original was committed after the translation last was: the
 * original changed and the translation has not caught up.
 * @example classifyTranslation(1700000500, 1700000000) // 'stale'
 */
export function classifyTranslation(originalTime: number | undefined, translationTime: number | undefined): TranslationState {
  if (originalTime === undefined || translationTime === undefined) return 'unknown';
  return originalTime > translationTime ? 'stale' : 'up-to-date';
}

export interface StatusRow<E extends MapEntry> {
  doc: TranslatedDocument<E>;
  states: Record<Locale, TranslationState>;
}

/** The translation status of every document in every locale, from commit times keyed by file path. */
export function buildStatusMatrix<E extends MapEntry>(
  docs: readonly TranslatedDocument<E>[],
  times: ReadonlyMap<string, number>,
): StatusRow<E>[] {
  return docs.map((doc) => {
    const timeOf = (e: E) => (e.filePath ? times.get(resolve(e.filePath)) : undefined);
    const originalTime = timeOf(doc.source);
    const states = Object.fromEntries(
      locales.map((locale): [Locale, TranslationState] => {
        if (locale === doc.sourceLocale) return [locale, 'original'];
        const version = doc.versions.get(locale);
        if (!version) return [locale, 'missing'];
        return [locale, classifyTranslation(originalTime, timeOf(version))];
      }),
    ) as Record<Locale, TranslationState>;
    return { doc, states };
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
