import type { Locale } from '../../i18n/locales';
import { getLocaleInfo } from '../../i18n/locales';
import type { Translator, UiKey } from '../../i18n/translator';
import type { CollectionName, ListedCollection } from '../content/collections';
import type { MapEntry, TranslatedDocument, TranslationMap } from '../content/translation-map';
import { byDateDesc, listingOrder } from '../content/indexes';
import type { OrganisationLike } from '../content/partners';
import { topicKeys, type Topic } from '../content/taxonomy';
import { buildListing, toListingItems, type ListingItem } from '../routing/static-paths';
import type { UrlBuilder } from '../routing/urls';
import { sortTopicsByLabel } from './topic-index';

/** An entry with a title, as every localized entry has. */
export type TitledEntry = MapEntry & { data: { title: string } };

/** A document the home page points to, by collection and slug (the same slug in every language). */
export interface DocumentRef {
  collection: CollectionName;
  slug: string;
}

/** Who the site is for, and where each reader starts. */
export interface AudienceSpec {
  id: 'companies' | 'clusters';
  heading: UiKey;
  text: UiKey;
  /** Documents to start with, in order; those not translated into the reader's language are left out. */
  documents: readonly DocumentRef[];
  /** Whole listings that follow the documents, with their link text. */
  listings: readonly { collection: ListedCollection; label: UiKey }[];
}

/**
 * The two audiences of the home page and their paths into the content. Slugs, not links: each one is
 * shown only in the languages it is translated into (tests/unit/page-data/home.test.ts checks that every
 * slug exists and that every audience keeps a document in every language).
 */
export const audiencePaths: readonly AudienceSpec[] = [
  {
    id: 'companies',
    heading: 'home.audiences.companies.heading',
    text: 'home.audiences.companies.text',
    documents: [
      { collection: 'guides', slug: 'eu-market-entry-for-it-smes' },
      { collection: 'guides', slug: 'gdpr-contracts-selling-software-eu' },
      { collection: 'guides', slug: 'b2b-matchmaking-events' },
    ],
    listings: [{ collection: 'guides', label: 'home.allGuides' }],
  },
  {
    id: 'clusters',
    heading: 'home.audiences.clusters.heading',
    text: 'home.audiences.clusters.text',
    documents: [{ collection: 'guides', slug: 'cluster-services-training-knowledge-exchange' }],
    listings: [
      { collection: 'partners', label: 'home.allPartners' },
      { collection: 'studies', label: 'home.allStudies' },
    ],
  },
];

/**
 * Guides to feature, in order of preference: the first one translated into the reader's language is
 * featured; if none is, the newest translated guide.
 */
export const featuredGuideSlugs: readonly string[] = ['eu-market-entry-for-it-smes'];

/** How many news items and further guides the home page shows. */
export const homeLimits = { news: 3, guides: 3 } as const;

export interface HomeLink {
  href: string;
  label: string;
}

export interface HomeAudience {
  id: AudienceSpec['id'];
  heading: string;
  text: string;
  links: HomeLink[];
}

/** How the latest news is laid out: one wide card, two columns, or a grid. */
export type NewsLayout = 'single' | 'pair' | 'grid';

export interface HomeTopic {
  key: Topic;
  label: string;
  href: string;
}

export interface HomePartner {
  id: string;
  name: string;
  /** "Kharkiv, Ukraine" in the reader's language. */
  place: string;
  href: string;
  logo: string | undefined;
  coordinator: boolean;
}

export interface HomePage<E extends MapEntry> {
  audiences: HomeAudience[];
  featured: ListingItem<E> | undefined;
  /** Further translated guides, newest first, the featured one left out. */
  guides: ListingItem<E>[];
  news: { items: ListingItem<E>[]; layout: NewsLayout };
  topics: HomeTopic[];
  partners: HomePartner[];
}

/** What the home page needs of an organisation: its name, role, place and optional logo. */
export interface HomeOrganisation extends OrganisationLike {
  data: OrganisationLike['data'] & { country: string; city: Readonly<Record<string, string>>; logo?: string | undefined };
}

/**
 * The layout of the latest news for a number of items, so one item never sits alone in a three-column grid.
 * @example newsLayout(1) // 'single'
 * @example newsLayout(5) // 'grid'
 */
export function newsLayout(count: number): NewsLayout {
  if (count <= 1) return 'single';
  if (count === 2) return 'pair';
  return 'grid';
}

/** True when the document has a real (non-fallback) version in `locale`. */
export function isTranslatedInto<E extends MapEntry>(doc: TranslatedDocument<E>, locale: Locale): boolean {
  return doc.locales.includes(locale);
}

/**
 * The documents of one collection translated into `locale`, newest first: the home page suggests
 * only what a reader can read in their language (listings elsewhere still show the rest, marked).
 */
export function translatedDocuments<E extends MapEntry>(map: TranslationMap<E>, collection: CollectionName, locale: Locale): TranslatedDocument<E>[] {
  return map.documents.filter((d) => d.collection === collection && isTranslatedInto(d, locale)).sort(byDateDesc);
}

/**
 * The featured guide: the first of `preferred` translated into `locale`, else the newest translated guide.
 * @example chooseFeaturedGuide(map, 'bg', ['eu-market-entry-for-it-smes'])?.slug // 'eu-market-entry-for-it-smes'
 */
export function chooseFeaturedGuide<E extends MapEntry>(
  map: TranslationMap<E>,
  locale: Locale,
  preferred: readonly string[] = featuredGuideSlugs,
): TranslatedDocument<E> | undefined {
  for (const slug of preferred) {
    const doc = map.get('guides', slug);
    if (doc && isTranslatedInto(doc, locale)) return doc;
  }
  return translatedDocuments(map, 'guides', locale)[0];
}

/**
 * An audience's links in `locale`: its documents that are translated (by their translated titles), then
 * its listings.
 */
export function buildAudience<E extends TitledEntry>(spec: AudienceSpec, map: TranslationMap<E>, translator: Translator, urls: UrlBuilder): HomeAudience {
  const locale = translator.locale;
  const docs = spec.documents
    .map((ref) => map.get(ref.collection, ref.slug))
    .filter((doc): doc is TranslatedDocument<E> => doc !== undefined && isTranslatedInto(doc, locale));
  const documentLinks = docs.map((doc) => ({ href: urls.entry(locale, doc.collection, doc.slug), label: doc.versions.get(locale)!.data.title }));
  const listingLinks = spec.listings.map((l) => ({ href: urls.listing(locale, l.collection), label: translator.t(l.label) }));
  return { id: spec.id, heading: translator.t(spec.heading), text: translator.t(spec.text), links: [...documentLinks, ...listingLinks] };
}

/**
 * Everything the home page of `locale` shows. Only documents translated into `locale` are featured or
 * suggested; the partners are all listed (the consortium is a fact, whatever is translated), coordinator first.
 * @example buildHomePage(map, organisations, useTranslations('bg'), urls).featured?.doc.slug // 'eu-market-entry-for-it-smes'
 */
export function buildHomePage<E extends TitledEntry>(
  map: TranslationMap<E>,
  organisations: ReadonlyMap<string, HomeOrganisation>,
  translator: Translator,
  urls: UrlBuilder,
  topicIndex: ReadonlyMap<Topic, readonly TranslatedDocument<E>[]>,
): HomePage<E> {
  const locale = translator.locale;
  const featuredDoc = chooseFeaturedGuide(map, locale);
  const guides = translatedDocuments(map, 'guides', locale).filter((d) => d !== featuredDoc).slice(0, homeLimits.guides);
  const news = toListingItems(translatedDocuments(map, 'news', locale).slice(0, homeLimits.news), locale, urls);
  const topics = sortTopicsByLabel(
    topicKeys
      .filter((key) => (topicIndex.get(key)?.length ?? 0) > 0)
      .map((key) => ({ key, label: translator.t(`topics.${key}`), count: topicIndex.get(key)!.length, href: urls.topics(locale, key) })),
    getLocaleInfo(locale).intl,
  ).map(({ key, label, href }) => ({ key, label, href }));
  const partners = buildListing(map, 'partners', locale, urls, listingOrder<E>('partners', organisations)).flatMap((item) => {
    const org = organisations.get(item.doc.slug);
    if (!org) return [];
    const place = [org.data.city[locale], translator.countryName(org.data.country)].filter(Boolean).join(', ');
    return [{ id: org.id, name: org.data.name, place, href: item.href, logo: org.data.logo ? urls.asset(org.data.logo) : undefined, coordinator: org.data.role === 'coordinator' }];
  });
  return {
    audiences: audiencePaths.map((spec) => buildAudience(spec, map, translator, urls)),
    featured: featuredDoc ? toListingItems([featuredDoc], locale, urls)[0] : undefined,
    guides: toListingItems(guides, locale, urls),
    news: { items: news, layout: newsLayout(news.length) },
    topics,
    partners,
  };
}

