import { getCollection, type CollectionEntry } from 'astro:content';
import { buildTranslationMap, checkNeutralFields, ContentError, type TranslationMap, type TranslatedDocument } from './translation-map';
import { buildTopicIndex, groupByYear } from './indexes';
import { buildPartnerIndex } from './indexes';
import { buildStatusMatrix, describeUnknownFreshness, readCommitTimes, readHistoryState, type StatusRow } from './freshness';
import { contentDir } from '../../env';
import { collectionNames, getCollectionSpec, type CollectionName } from './collections';
import { neutralOf } from './neutral';
import { findCoordinator } from './partners';
import type { Topic } from './taxonomy';

/** A localized Markdown entry of any collection in the registry. */
export type LocalizedEntry = CollectionEntry<CollectionName>;
export type Organisation = CollectionEntry<'organisations'>;

export interface SiteContent {
  map: TranslationMap<LocalizedEntry>;
  organisations: ReadonlyMap<string, Organisation>;
  /** The consortium's coordinator (`role: coordinator`): the publisher of every article. */
  coordinator: Organisation;
  /** Topic key → documents tagged with it; built once, read by related blocks and topic pages. */
  topicIndex: ReadonlyMap<Topic, TranslatedDocument<LocalizedEntry>[]>;
  /** Year → news of that year, newest first; years newest first (the news archive). */
  newsByYear: ReadonlyMap<number, TranslatedDocument<LocalizedEntry>[]>;
  /** Partner id → documents naming the partner, newest first. */
  partnerIndex: ReadonlyMap<string, TranslatedDocument<LocalizedEntry>[]>;
  /** Translation status of every document in every locale, from git history (one git call per build). */
  status: readonly StatusRow<LocalizedEntry>[];
  /** The same, by document, for pages that look up their own row. */
  statusOf: ReadonlyMap<TranslatedDocument<LocalizedEntry>, StatusRow<LocalizedEntry>['states']>;
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
  const map = buildTranslationMap<LocalizedEntry>(localized.flat());
  const organisations = new Map(orgs.map((o) => [o.id, o]));

  for (const doc of map.documents) {
    checkNeutralFields(doc, getCollectionSpec(doc.collection));
    if (doc.collection === 'partners' && !organisations.has(doc.slug)) {
      throw new ContentError(
        `${doc.source.filePath}: there is no partner "${doc.slug}" in content/partners/organisations.yaml. ` +
          `Name the file after a partner id (${[...organisations.keys()].join(', ')}) or add the partner there first.`,
      );
    }
    for (const ref of neutralOf(doc).partners ?? []) {
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
    coordinator: findCoordinator(organisations, `${contentDir}/partners/organisations.yaml`),
    topicIndex: buildTopicIndex(map.documents),
    newsByYear: groupByYear(map.documents.filter((d) => d.collection === 'news')),
    partnerIndex: buildPartnerIndex(map.documents),
    status,
    statusOf: new Map(status.map((row) => [row.doc, row.states])),
    freshnessWarning,
  };
}
