import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { locales, type Locale } from '../../i18n/locales';
import type { MapEntry, TranslatedDocument } from './translation-map';

export type TranslationState = 'original' | 'up-to-date' | 'stale' | 'missing' | 'unknown';

/**
 * Last commit time (Unix seconds) of every file under `dir`, keyed by absolute path, from one `git log`
 * call run in `dir`: the first time a file appears in the log (newest first) is its last change. Files
 * with uncommitted changes count as changed now. Outside a git checkout the map is empty.
 */
export function readCommitTimes(dir: string): Map<string, number> {
  const times = new Map<string, number>();
  const root = resolve(dir);
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
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
    // Not a git checkout: freshness is unknown rather than guessed.
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
