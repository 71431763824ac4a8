import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTranslationMap, type TranslationMap, type TranslatedDocument } from './translation-map';
import { findContentProblems } from './validate';
import { ContentError, formatProblem } from './problems';
import { buildTopicIndex } from '../page-data/related';
import { buildPartnerIndex } from './indexes';
import { buildStatusMatrix, readCommitTimes, type StatusRow } from './freshness';
import { contentDir } from '../../env';

export type LocalizedEntry =
  | CollectionEntry<'news'>
  | CollectionEntry<'guides'>
  | CollectionEntry<'studies'>
  | CollectionEntry<'partners'>
  | CollectionEntry<'pages'>;
export type Organisation = CollectionEntry<'organisations'>;

export interface SiteContent {
  map: TranslationMap<LocalizedEntry>;
  organisations: ReadonlyMap<string, Organisation>;
  /** Topic key → documents tagged with it; built once, read by related blocks and topic pages. */
  topicIndex: ReadonlyMap<string, TranslatedDocument<LocalizedEntry>[]>;
  /** Partner id → documents naming the partner, newest first. */
  partnerIndex: ReadonlyMap<string, TranslatedDocument<LocalizedEntry>[]>;
  /** Translation status of every document in every locale, from git history (one git call per build). */
  status: readonly StatusRow<LocalizedEntry>[];
  /** The same, by document, for pages that look up their own row. */
  statusOf: ReadonlyMap<TranslatedDocument<LocalizedEntry>, StatusRow<LocalizedEntry>['states']>;
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
  const [news, guides, studies, partners, pages, orgs] = await Promise.all([
    getCollection('news'),
    getCollection('guides'),
    getCollection('studies'),
    getCollection('partners'),
    getCollection('pages'),
    getCollection('organisations'),
  ]);
  const map = buildTranslationMap<LocalizedEntry>([...news, ...guides, ...studies, ...partners, ...pages]);
  const organisations = new Map(orgs.map((o) => [o.id, o]));

  // The same rules npm run check:content applies; here every problem stops the build.
  const problems = findContentProblems(map, [...organisations.keys()]);
  if (problems.length) throw new ContentError(problems);
  for (const skipped of map.skipped) console.warn(`[content] ${formatProblem(skipped)}`);
  const status = buildStatusMatrix(map.documents, readCommitTimes(contentDir));
  return {
    map,
    organisations,
    topicIndex: buildTopicIndex(map.documents),
    partnerIndex: buildPartnerIndex(map.documents),
    status,
    statusOf: new Map(status.map((row) => [row.doc, row.states])),
  };
}
