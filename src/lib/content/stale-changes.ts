import type { Locale } from '../../i18n/locales';
import { getCollectionSpec } from './collections';
import type { OriginalChange, StatusRow, SyncPoint } from './freshness';
import { diffOriginal, type OriginalDiff } from './original-diff';
import type { MapEntry, TranslatedDocument } from './translation-map';

/** What a translator needs to bring one stale translation up to date: when the original changed, and how. */
export interface StaleChange<E extends MapEntry> {
  doc: TranslatedDocument<E>;
  locale: Locale;
  /** The original's file, as in the repository (e.g. content/news/en/kickoff.md). */
  original: string;
  /** The change that made the translation stale; its `date` is undefined while it is not committed. */
  changed: OriginalChange;
  /** Where the translation was last in step. */
  syncedAt: SyncPoint;
  /** The original's translatable text then and now, line by line. */
  diff: OriginalDiff;
  /** The command that shows the same change in a terminal, e.g. `git diff 3f2a9c1d0b4e -- content/news/en/kickoff.md`. */
  gitCommand: string;
  /** The Git host's comparison from the sync commit to the site's branch; undefined while src/settings.ts names no repository. */
  compareUrl: string | undefined;
}

export interface StaleChangeSources {
  /** The texts of git blobs by id ({@link readBlobTexts}). */
  blobs: ReadonlyMap<string, string>;
  /** The original's text now (the working tree), by its file path. */
  readFile: (path: string) => string | undefined;
  /** The Git host's compare URL from a commit to the site's branch (src/lib/editing/repository.ts), when the repository is set. */
  compareUrl?: ((commit: string) => string) | undefined;
  /** Changed lines shown per translation before the rest is counted. */
  maxLines?: number;
}

/**
 * Every stale translation with the change that made it stale: its date, the changed lines of the
 * original's translatable text between the commit where the translation was last in step and now, the
 * `git diff` command that shows it, and the host's compare link when the repository is set. Built once per
 * build for the editors' status page; rows are in the order given, locales in registry order.
 * @example describeStaleChanges(rows, { blobs, readFile })[0]?.gitCommand // 'git diff 3f2a9c1d0b4e -- content/news/en/kickoff.md'
 */
export function describeStaleChanges<E extends MapEntry>(rows: readonly StatusRow<E>[], sources: StaleChangeSources): StaleChange<E>[] {
  return rows.flatMap((row) => {
    const original = row.doc.source.filePath;
    if (!original) return [];
    const now = sources.readFile(original);
    if (now === undefined) return [];
    const neutral = getCollectionSpec(row.doc.collection).neutral;
    return (Object.keys(row.states) as Locale[]).flatMap((locale): StaleChange<E>[] => {
      const changed = row.changed[locale];
      const syncedAt = row.syncedAt[locale];
      if (row.states[locale] !== 'stale' || !changed || !syncedAt) return [];
      const before = syncedAt.originalBlob === undefined ? undefined : sources.blobs.get(syncedAt.originalBlob);
      if (syncedAt.originalBlob !== undefined && before === undefined) return [];
      return [{
        doc: row.doc,
        locale,
        original,
        changed,
        syncedAt,
        diff: diffOriginal(before, now, neutral, sources.maxLines === undefined ? {} : { maxLines: sources.maxLines }),
        gitCommand: `git diff ${syncedAt.commit.slice(0, 12)} -- ${original}`,
        compareUrl: sources.compareUrl?.(syncedAt.commit),
      }];
    });
  });
}

/**
 * The blobs {@link describeStaleChanges} needs read: the original at each stale translation's sync point.
 * @example staleBlobIds(rows) // ['c182…']
 */
export function staleBlobIds<E extends MapEntry>(rows: readonly StatusRow<E>[]): string[] {
  return rows.flatMap((row) =>
    (Object.keys(row.states) as Locale[]).flatMap((locale) => {
      const blob = row.states[locale] === 'stale' ? row.syncedAt[locale]?.originalBlob : undefined;
      return blob ? [blob] : [];
    }),
  );
}

/**
 * By document and locale, the day each stale translation's original changed (the newest change that
 * needs translating), for the reader's stale notice; left out while that change is uncommitted.
 * @example staleSinceOf(rows).get(doc)?.uk // 2026-12-01T23:14:05.000Z
 */
export function staleSinceOf<E extends MapEntry>(rows: readonly StatusRow<E>[]): Map<TranslatedDocument<E>, Partial<Record<Locale, Date>>> {
  return new Map(
    rows.map((row) => [
      row.doc,
      Object.fromEntries(
        (Object.keys(row.changed) as Locale[]).flatMap((locale) => {
          const date = row.states[locale] === 'stale' ? row.changed[locale]?.date : undefined;
          return date ? [[locale, new Date(date)]] : [];
        }),
      ) as Partial<Record<Locale, Date>>,
    ]),
  );
}

/**
 * The status page's anchor of one stale translation's changes, which its cell in the table links to.
 * @example staleChangeId({ doc: { collection: 'news', slug: 'kickoff' }, locale: 'uk' }) // 'changes-news-kickoff-uk'
 */
export function staleChangeId(change: { doc: { collection: string; slug: string }; locale: Locale }): string {
  return `changes-${change.doc.collection}-${change.doc.slug}-${change.locale}`;
}

/**
 * The editors' report's line for a stale translation: the original, when it changed (the day, UTC,
 * and the commit; or that the change is not committed yet), and the command that shows what changed.
 * @example describeStaleTranslation('content/news/en/kickoff.md', { commit: 'a1b2c3d4e5f6…', originalBlob: '…' }, { commit: 'c0ffee12…', date: '2026-12-01T23:14:05+00:00' })
 * // 'content/news/en/kickoff.md changed on 2026-12-01 (commit c0ffee12) after this translation: update it. What changed: git diff a1b2c3d4e5f6 -- content/news/en/kickoff.md'
 */
export function describeStaleTranslation(original: string, syncedAt: SyncPoint | undefined, changed: OriginalChange | undefined): string {
  if (!syncedAt || !changed) return `${original} changed after this translation: update it.`;
  const when = changed.commit && changed.date
    ? `changed on ${new Date(changed.date).toISOString().slice(0, 10)} (commit ${changed.commit.slice(0, 8)})`
    : 'has changes not committed yet';
  return `${original} ${when} after this translation: update it. What changed: git diff ${syncedAt.commit.slice(0, 12)} -- ${original}`;
}
