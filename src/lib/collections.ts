import type { ListedCollection } from './urls';
import type { NavSection } from './navigation';

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
