import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTranslationMap, type TranslationMap, type TranslatedDocument } from './translation-map';
import { findContentProblems, findContentWarnings } from './validate';
import { ContentError, formatProblem } from './problems';
import { buildTopicIndex, groupByYear } from './indexes';
import { buildPartnerIndex } from './indexes';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildStatusMatrix, describeUnknownFreshness, freshnessPairsOf, readBlobTexts, readHistoryState, readTranslationFreshness, type StatusRow } from './freshness';
import { describeStaleChanges, staleBlobIds, staleSinceOf, type StaleChange } from './stale-changes';
import { compareUrl } from '../editing/repository';
import { repository } from '../../settings';
import { contentDir, env } from '../../env';
import { collectionNames, type CollectionName } from './collections';
import type { Topic } from './taxonomy';
import type { Locale } from '../../i18n/locales';

/** A localized Markdown entry of any collection in the registry. */
export type LocalizedEntry = CollectionEntry<CollectionName>;
export type Organisation = CollectionEntry<'organisations'>;

export interface SiteContent {
  map: TranslationMap<LocalizedEntry>;
  organisations: ReadonlyMap<string, Organisation>;
  /** Topic key → documents tagged with it; built once, read by related blocks and topic pages. */
  topicIndex: ReadonlyMap<Topic, TranslatedDocument<LocalizedEntry>[]>;
  /** Year → news of that year, newest first; years newest first (the news archive). */
  newsByYear: ReadonlyMap<number, TranslatedDocument<LocalizedEntry>[]>;
  /** Partner id → documents naming the partner, newest first. */
  partnerIndex: ReadonlyMap<string, TranslatedDocument<LocalizedEntry>[]>;
  /** Translation status of every document in every locale, from git history (one git log and one git cat-file per build). */
  status: readonly StatusRow<LocalizedEntry>[];
  /** The same, by document, for pages that look up their own row. */
  statusOf: ReadonlyMap<TranslatedDocument<LocalizedEntry>, StatusRow<LocalizedEntry>['states']>;
  /** Every stale translation with when and how its original changed, for the status page. */
  staleChanges: readonly StaleChange<LocalizedEntry>[];
  /** By document and locale: the day the original changed in a way the translation has not followed (committed changes only). */
  staleSince: ReadonlyMap<TranslatedDocument<LocalizedEntry>, Partial<Record<Locale, Date>>>;
  /** Why freshness is unknown (a shallow clone, no git checkout), with the fix; undefined when it is known. */
  freshnessWarning: string | undefined;
}

let loaded: Promise<SiteContent> | undefined;

/**
 * Loads every collection and builds the translation map once per build; all routes share it.
 * Content that cannot be published correctly stops the build here with the file, the field and the fix.
 */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<SiteContent> {
  const [localized, orgs] = await Promise.all([
    Promise.all(collectionNames.map((name) => getCollection(name))),
    getCollection('organisations'),
  ]);
  // Scheduled entries (pubDate after today) are held back here, once, so every output agrees.
  // Drafts only in the editors' preview (npm run dev), never in a build (src/integrations/dev-preview.ts).
  const map = buildTranslationMap<LocalizedEntry>(localized.flat(), { today: env.today, includeDrafts: import.meta.env.ITBRIDGE_PREVIEW === true });
  const organisations = new Map(orgs.map((o) => [o.id, o]));

  // The same rules npm run check:content applies; here every problem stops the build.
  const problems = findContentProblems(map, [...organisations.keys()]);
  if (problems.length) throw new ContentError(problems);
  for (const skipped of map.skipped) console.warn(`[content] ${formatProblem(skipped)}`);
  if (map.scheduled.length) {
    console.warn(`[content] ${map.scheduled.length} scheduled document(s) held back: today is ${env.today} (UTC), and each is published by the first build on or after its date.`);
  }
  for (const warning of findContentWarnings(map, (entry) => entry.body ?? '')) console.warn(`[content] ${formatProblem(warning)}`);
  const status = buildStatusMatrix(map.documents, await readTranslationFreshness(contentDir, freshnessPairsOf(map.documents)));
  const staleChanges = describeStaleChanges(status, {
    blobs: readBlobTexts(contentDir, staleBlobIds(status)),
    readFile: (path) => {
      try {
        return readFileSync(resolve(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    compareUrl: repository ? (commit) => compareUrl(repository!, commit) : undefined,
  });
  // Once per build (this function runs once): without it, stale notices would vanish without a word.
  const freshnessWarning = describeUnknownFreshness(readHistoryState(contentDir), contentDir);
  if (freshnessWarning) console.warn(`\n[content] !!! ${freshnessWarning}\n`);
  return {
    map,
    organisations,
    topicIndex: buildTopicIndex(map.documents),
    newsByYear: groupByYear(map.documents.filter((d) => d.collection === 'news')),
    partnerIndex: buildPartnerIndex(map.documents),
    status,
    statusOf: new Map(status.map((row) => [row.doc, row.states])),
    staleChanges,
    staleSince: staleSinceOf(status),
    freshnessWarning,
  };
}
