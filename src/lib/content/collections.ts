import type { ListedCollection } from '../routing/urls';
import type { NavSection } from '../routing/navigation';
import type { UiKey } from '../../i18n/translator';

/** Collections with a listing and detail pages under /<locale>/<collection>/, in navigation order. */
export const listedCollections = ['news', 'guides', 'studies', 'partners'] as const satisfies readonly ListedCollection[];

/** Listing page size per collection. News is the one that grows; the rest stay short. */
export const pageSizes: Record<ListedCollection, number> = { news: 10, guides: 12, studies: 12, partners: 24 };

export const navSectionOf: Record<ListedCollection, NavSection> = {
  news: 'news',
  guides: 'guides',
  studies: 'studies',
  partners: 'partners',
};


/** What a detail page lists as related, by collection: same-topic documents of these collections. */
export const relatedOf: Record<ListedCollection, { collections: readonly ListedCollection[]; headingKey: UiKey } | undefined> = {
  news: { collections: ['news'], headingKey: 'article.relatedNews' },
  guides: { collections: ['guides'], headingKey: 'article.relatedGuides' },
  studies: { collections: ['studies', 'guides'], headingKey: 'article.relatedStudies' },
  partners: undefined,
};

/** The schema.org type of an article page. */
export const articleTypeOf: Record<ListedCollection, 'NewsArticle' | 'Article' | undefined> = {
  news: 'NewsArticle',
  guides: 'Article',
  studies: 'Article',
  partners: undefined,
};
