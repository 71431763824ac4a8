import type { CollectionName } from '../content/collections';

/**
 * How search ranks results: Pagefind's ranking options, which the search page passes to
 * `pagefind.options({ ranking })`, and the weight of each collection's text, which the templates write
 * as `data-pagefind-weight` when the index is built. Both halves act on one score and were measured
 * together on the built site in five languages: tests/e2e/search-ranking.spec.ts asserts the orderings
 * below, tests/e2e/search-quality.spec.ts the recall of 128 queries.
 *
 * What the score should do on this site: guides and studies are the answers. The standalone pages
 * (about, privacy notice, accessibility statement) describe the website itself and mention topic words
 * in passing ("GDPR", "personal data", "data protection"); with Pagefind's defaults the 400-word
 * privacy notice outranked the 1,300-word GDPR guide on them, because BM25 prefers short pages. A
 * reader who wants a standalone page types words of its title ("privacy notice", "accessibility
 * statement") or something only it covers ("cookies"), and the title boost still puts it first.
 */

/** Pagefind 1.6's `ranking` option (docs/content/docs/ranking.md in Pagefind's repository). */
export interface PagefindRanking {
  /** 1: a term counts relative to the page's length (BM25); 0: by its weighted count on the page. */
  termFrequency?: number;
  /** How strongly pages shorter than the site's average are preferred (BM25's b); 0 ignores length. */
  pageLength?: number;
  /** How much closer-length word matches are preferred when a query word is a prefix of longer words. */
  termSimilarity?: number;
  /** How quickly repeated occurrences stop adding to the score (BM25's k1). */
  termSaturation?: number;
  /** Extra weight of a match whose accents equal the query's. */
  diacriticSimilarity?: number;
  /**
   * Boost of a page whose metadata field holds the query's words, by field name: the field's weight
   * times the words' rarity, times the squared share of the query it covers. `title` is 5 unless set,
   * every other field 1.
   */
  metaWeights?: Record<string, number>;
}

/**
 * Metadata the index keeps for finding and ranking a page, beyond the title: written by SearchMeta as
 * `data-pagefind-meta` (searchable, ranked by `metaWeights`, never part of an excerpt). The facts list
 * under an article's title stays out of the index so that excerpts come from the text; what a reader
 * searches for in it (a partner's city and country, the topics) is kept here instead.
 */
export const findableMetaKeys = {
  /** The page's description: the editor's one-sentence summary of what the page is about. */
  description: 'description',
  /** An article's topic labels in the page language ("Legal and compliance, EU market entry"). */
  topics: 'topics',
  /** A partner profile's city and country ("Kharkiv, Ukraine"); a news item's dateline place. */
  location: 'location',
  /** The document's titles in its other languages ("Kharkiv IT Cluster" on the Ukrainian profile). */
  aka: 'aka',
} as const;
export type FindableMetaKey = keyof typeof findableMetaKeys;

/**
 * The ranking options of every search.
 * - `termFrequency: 0.6` (Pagefind: 1) and `pageLength: 0.5` (Pagefind: 0.75): less preference for
 *   short pages. Pagefind's documentation recommends lowering both where the long pages are the
 *   preferred results, as the guides are here (1,000–1,700 words indexed; partner profiles 170–240,
 *   standalone pages 260–440). Measured against Pagefind's defaults on 2026-12-02, with the weights
 *   below: the GDPR guide's lead on the data-protection queries grows from 1.12–1.39 to 1.29–1.59
 *   times the next page's score, the weakest lead the ranking test asserts (es "datos personales")
 *   from 1.09 to 1.13; recall@5 stays 1.000 in every language and the mean reciprocal rank of the
 *   quality queries 0.960. Lower values (0.4, 0.2) widen the leads a little more but lower that rank
 *   (0.956, 0.953).
 * - `metaWeights`: the title keeps Pagefind's 5, the words of a page's name are its strongest sign.
 *   The description, topics and location count as Pagefind counts any metadata (1): a page whose
 *   summary holds every word of the query ("data protection" in the GDPR guide's) gains about as much
 *   as from its text. At 2 the partner profiles, whose descriptions all say "partner" and "cluster",
 *   push the cluster-services guide out of the top five for "партньорите на клъстера".
 */
export const searchRanking = {
  termFrequency: 0.6,
  pageLength: 0.5,
  metaWeights: { title: 5, [findableMetaKeys.description]: 1, [findableMetaKeys.topics]: 1, [findableMetaKeys.location]: 1, [findableMetaKeys.aka]: 1 },
} as const satisfies PagefindRanking;

/**
 * `data-pagefind-weight` of the text (everything below the title block) of each collection's detail
 * pages; Pagefind's default is 1 and, inside a weighted region, headings take the region's weight.
 * - `pages: 0.1`: a standalone page's text is about the website (what it stores, how it is built), so a
 *   topic word in it counts a tenth. Its title and description keep full weight, so it still comes
 *   first for its own name, and a word only it uses ("cookies", "screen reader") still finds it. At
 *   0.2 to 0.5 the privacy notice still outranked guides that mention GDPR or personal data once.
 */
export const bodyWeights: Record<CollectionName, number> = {
  news: 1,
  guides: 1,
  studies: 1,
  partners: 1,
  pages: 0.1,
};
