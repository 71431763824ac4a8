import type { Locale } from '../../src/i18n/locales';
import type { CollectionName } from '../../src/lib/content/collections';
import type { ArticleEntry } from '../../src/lib/page-data/article';
import { parseEntryPath } from '../../src/lib/content/entry-path';
import { createUrls } from '../../src/lib/routing/urls';

/** A content entry as the content layer hands it over, reduced to what the libraries read. */
export interface FixtureEntry extends ArticleEntry {
  filePath: string;
  data: ArticleEntry['data'] & { draft: boolean; updatedDate?: Date | undefined };
}

/**
 * `entry('news', 'uk', 'kickoff')` → the file content/news/uk/kickoff.md, published, titled "kickoff (uk)".
 * The id comes from `parseEntryPath`, as in the build, so fixtures follow any change of the id format.
 */
export function entry(
  collection: CollectionName,
  locale: Locale,
  slug: string,
  data: Partial<FixtureEntry['data']> = {},
): FixtureEntry {
  const { id } = parseEntryPath(`${locale}/${slug}.md`, `content/${collection}`);
  return {
    id,
    collection,
    filePath: `content/${collection}/${locale}/${slug}.md`,
    data: { title: `${slug} (${locale})`, description: `About ${slug}, in ${locale}.`, draft: false, ...data },
  };
}

export const rootUrls = createUrls({ base: '/', site: 'https://itbridge.test' });
export const subUrls = createUrls({ base: '/sub/', site: 'https://itbridge.test' });

/**
 * "Today" for fixtures that build a translation map: a fixed day, so a test never depends on the clock.
 * Fixture dates are all earlier (published); a test of scheduling dates an entry after it.
 */
export const fixtureToday = '2026-12-02';
