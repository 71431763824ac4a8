import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTranslationMap, checkNeutralFields, ContentError, type TranslationMap, type TranslatedDocument } from './translation-map';
import { buildTopicIndex } from '../page-data/related';
import { buildPartnerIndex } from './indexes';
import { buildStatusMatrix, describeUnknownFreshness, readCommitTimes, readHistoryState, type StatusRow } from './freshness';
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
  /** Why freshness is unknown (a shallow clone, no git checkout), with the fix; undefined when it is known. */
  freshnessWarning: string | undefined;
}

const neutralFields = ['pubDate', 'updatedDate', 'topics', 'partners', 'status'] as const;
const requiredNeutral: Record<string, readonly string[]> = {
  news: ['pubDate', 'topics'],
  guides: ['pubDate', 'topics'],
  studies: ['pubDate', 'topics', 'status'],
};

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

  for (const doc of map.documents) {
    const required = requiredNeutral[doc.collection];
    if (required) checkNeutralFields(doc, neutralFields, required);
    if (doc.collection === 'partners' && !organisations.has(doc.slug)) {
      throw new ContentError(
        `${doc.source.filePath}: there is no partner "${doc.slug}" in content/partners/organisations.yaml. ` +
          `Name the file after a partner id (${[...organisations.keys()].join(', ')}) or add the partner there first.`,
      );
    }
    for (const ref of (doc.source.data as { partners?: { id: string }[] }).partners ?? []) {
      if (!organisations.has(ref.id)) {
        throw new ContentError(
          `${doc.source.filePath}: field "partners" names "${ref.id}", which is not a partner id. ` +
            `Allowed: ${[...organisations.keys()].join(', ')}.`,
        );
      }
    }
  }
  for (const skipped of map.skipped) console.warn(`[content] ${skipped.message}`);
  const status = buildStatusMatrix(map.documents, readCommitTimes(contentDir));
  // Once per build (this function runs once): without it, stale notices would vanish without a word.
  const freshnessWarning = describeUnknownFreshness(readHistoryState(contentDir), contentDir);
  if (freshnessWarning) console.warn(`\n[content] !!! ${freshnessWarning}\n`);
  return {
    map,
    organisations,
    topicIndex: buildTopicIndex(map.documents),
    partnerIndex: buildPartnerIndex(map.documents),
    status,
    statusOf: new Map(status.map((row) => [row.doc, row.states])),
    freshnessWarning,
  };
}
