import type { NeutralFieldName } from './neutral';

/** Header sections; a page marks the one it belongs to. */
export type NavSection = 'home' | 'news' | 'guides' | 'studies' | 'partners' | 'about' | 'search';

/** What the site does with one content collection. Every list of collections derives from the registry below. */
export interface CollectionSpec {
  /** Folder under content/ and, for listed collections, the URL segment: /<locale>/<name>/. */
  name: string;
  /** Has a paginated listing at /<locale>/<name>/ and detail pages below it; unlisted pages live at /<locale>/<slug>/. */
  listed: boolean;
  /** Items per listing page. */
  pageSize: number;
  /** The header section its pages belong to; for unlisted pages, by slug. */
  navSection: NavSection | { readonly [slug: string]: NavSection };
  /** How listings order it: newest `pubDate` first, or the coordinator first and then partners by name. */
  order: 'newest' | 'organisation';
  /** Same-topic documents shown under a detail page, from these collections. */
  related?: { collections: readonly string[]; headingKey: 'article.relatedNews' | 'article.relatedGuides' | 'article.relatedStudies' };
  /** schema.org type of the detail page's JSON-LD article, when it is an article. */
  schemaType?: 'NewsArticle' | 'Article';
  /** Language-neutral fields of this collection: written once, in the original, inherited by translations. */
  neutral: readonly NeutralFieldName[];
  /** Those of them the original-language file must have. */
  requiredNeutral: readonly NeutralFieldName[];
  /** Long reads get a table of contents and a reading-time estimate. */
  toc: boolean;
  readingTime: boolean;
  /** What editors type after `npm run new`. */
  entryType: string;
  /** Share of the benchmark's synthetic corpus; collections without one get a fixed set of files. */
  benchShare?: number;
}

/**
 * THE collection registry, in navigation order. Content paths, reserved page slugs, navigation, listings,
 * `npm run new`, the benchmark corpus and the tests derive their lists from here.
 */
export const collectionRegistry = [
  {
    name: 'news',
    listed: true,
    pageSize: 10,
    navSection: 'news',
    order: 'newest',
    related: { collections: ['news'], headingKey: 'article.relatedNews' },
    schemaType: 'NewsArticle',
    neutral: ['pubDate', 'updatedDate', 'topics', 'partners'],
    requiredNeutral: ['pubDate', 'topics'],
    toc: false,
    readingTime: false,
    entryType: 'news',
    benchShare: 0.5,
  },
  {
    name: 'guides',
    listed: true,
    pageSize: 12,
    navSection: 'guides',
    order: 'newest',
    related: { collections: ['guides'], headingKey: 'article.relatedGuides' },
    schemaType: 'Article',
    neutral: ['pubDate', 'updatedDate', 'topics', 'partners'],
    requiredNeutral: ['pubDate', 'topics'],
    toc: true,
    readingTime: true,
    entryType: 'guide',
    benchShare: 0.35,
  },
  {
    name: 'studies',
    listed: true,
    pageSize: 12,
    navSection: 'studies',
    order: 'newest',
    related: { collections: ['studies', 'guides'], headingKey: 'article.relatedStudies' },
    schemaType: 'Article',
    neutral: ['pubDate', 'updatedDate', 'topics', 'partners', 'status'],
    requiredNeutral: ['pubDate', 'topics', 'status'],
    toc: false,
    readingTime: false,
    entryType: 'study',
    benchShare: 0.15,
  },
  {
    name: 'partners',
    listed: true,
    pageSize: 24,
    navSection: 'partners',
    order: 'organisation',
    neutral: [],
    requiredNeutral: [],
    toc: false,
    readingTime: false,
    entryType: 'partner',
  },
  {
    name: 'pages',
    listed: false,
    pageSize: 24,
    navSection: { about: 'about' },
    order: 'newest',
    // A legal page's "last updated" date is per language: each translation is revised on its own.
    neutral: [],
    requiredNeutral: [],
    toc: false,
    readingTime: false,
    entryType: 'page',
  },
] as const satisfies readonly CollectionSpec[];

type Registered = (typeof collectionRegistry)[number];
export type CollectionName = Registered['name'];
/** Collections with their own listing and detail routes (the `pages` collection lives at the locale root). */
export type ListedCollection = Extract<Registered, { listed: true }>['name'];
export type EntryType = Registered['entryType'];

const isListed = (spec: Registered): spec is Extract<Registered, { listed: true }> => spec.listed;

/** Every collection of localized Markdown, in registry order: `['news', 'guides', 'studies', 'partners', 'pages']`. */
export const collectionNames: readonly CollectionName[] = collectionRegistry.map((c) => c.name);

/** Listed collections in navigation order: `['news', 'guides', 'studies', 'partners']`. */
export const listedCollections: readonly ListedCollection[] = collectionRegistry.filter(isListed).map((c) => c.name);

/** True for a collection name from the registry. */
export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && (collectionNames as readonly string[]).includes(value);
}

/** True for a collection with its own listing. @example isListedCollection('pages') // false */
export function isListedCollection(value: unknown): value is ListedCollection {
  return typeof value === 'string' && (listedCollections as readonly string[]).includes(value);
}

/** The registry entry of a collection. @example getCollectionSpec('guides').toc // true */
export function getCollectionSpec(name: CollectionName): CollectionSpec {
  const spec = collectionRegistry.find((c) => c.name === name);
  if (!spec) throw new Error(`Collection "${name}" is not in the registry`);
  return spec;
}

/**
 * The header section a detail page belongs to.
 * @example navSectionOf('pages', 'about') // 'about'
 */
export function navSectionOf(collection: CollectionName, slug: string): NavSection | undefined {
  const section = getCollectionSpec(collection).navSection;
  return typeof section === 'string' ? section : section[slug];
}

/**
 * `npm run new <type>` → collection, by the type or by the folder's name (the guide says "guides"
 * where the type is "guide"), in any case.
 * @example collectionOfEntryType('study') // 'studies'
 * @example collectionOfEntryType('Guides') // 'guides'
 */
export function collectionOfEntryType(type: string): CollectionName | undefined {
  const typed = type.trim().toLowerCase();
  return collectionRegistry.find((c) => c.entryType === typed || c.name === typed)?.name;
}

/** The types editors may pass to `npm run new`, in registry order. */
export const entryTypes: readonly EntryType[] = collectionRegistry.map((c) => c.entryType);

/**
 * URL segments under /<locale>/ that the site's own routes use (beside the listed collections). A test
 * compares this list with the folders and files of src/pages/[locale]/, so a new route cannot be forgotten.
 */
export const siteRouteSegments = ['topics', '404', 'search', 'rss'] as const;

/** Addresses under /<locale>/ that a standalone page (content/pages/…) may not take. */
export const reservedPageSlugs: readonly string[] = [...collectionNames, ...siteRouteSegments];
