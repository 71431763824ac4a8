import type { Locale } from '../../src/i18n/locales';
import { createUrls } from '../../src/lib/routing/urls';

/** A content entry as the content layer hands it over, reduced to what the libraries read. */
export interface FixtureEntry {
  id: string;
  collection: string;
  filePath: string;
  data: {
    title: string;
    draft: boolean;
    pubDate?: Date;
    sourceLocale?: string;
    [field: string]: unknown;
  };
}

/** `entry('news', 'uk', 'kickoff')` → the file content/news/uk/kickoff.md, published, titled "kickoff (uk)". */
export function entry(
  collection: string,
  locale: Locale | string,
  slug: string,
  data: Partial<FixtureEntry['data']> = {},
): FixtureEntry {
  return {
    id: `${locale}/${slug}`,
    collection,
    filePath: `content/${collection}/${locale}/${slug}.md`,
    data: { title: `${slug} (${locale})`, draft: false, ...data },
  };
}

export const rootUrls = createUrls({ base: '/', site: 'https://itbridge.test' });
export const subUrls = createUrls({ base: '/sub/', site: 'https://itbridge.test' });
