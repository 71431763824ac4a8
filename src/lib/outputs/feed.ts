import { escapeXml } from './xml';
import { parseLocale, type Locale } from '../../i18n/locales';
import type { MapEntry, TranslatedDocument } from '../content/translation-map';
import { assertAbsoluteUrl } from '../routing/urls';

/** One `<item>` of an RSS feed. */
export interface FeedItem {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  link: string;
  /** Absolute URL; rendered with `isPermaLink="true"`, so it must be the page's permanent address. */
  guid: string;
  pubDate: Date;
  categories?: string[];
}

/** The `<channel>` of an RSS feed: one feed per locale. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the locale's home or listing page. */
  link: string;
  /** Absolute URL of the feed itself, for `<atom:link rel="self">`. */
  selfLink: string;
  language: Locale;
  lastBuildDate?: Date;
}

/**
 * RFC 822 date as RSS 2.0 requires, always in GMT so the build machine's time zone never leaks in.
 * Throws on an invalid Date, which would otherwise be written as the literal text "Invalid Date".
 * @example rfc822(new Date('2025-02-13T00:00:00Z')) // 'Thu, 13 Feb 2025 00:00:00 GMT'
 */
export function rfc822(date: Date, field = 'date'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`Feed ${field} is not a valid date`);
  return date.toUTCString();
}

// Feed readers resolve nothing against the page, so a relative link would be silently broken.
const absoluteUrl = (value: string, field: string) => assertAbsoluteUrl(value, `Feed ${field}`);

/**
 * Newest first; equal dates are ordered by link so the feed is byte-identical from build to build
 * whatever order the content layer returned the files in.
 */
function byNewest(a: FeedItem, b: FeedItem): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || (a.link < b.link ? -1 : a.link > b.link ? 1 : 0);
}

/**
 * Sorts feed items newest first (ties by link) without touching the caller's array.
 * @example sortFeedItems(items)[0] // the most recent item
 */
export function sortFeedItems(items: readonly FeedItem[]): FeedItem[] {
  return [...items].sort(byNewest);
}

const element = (name: string, text: string, indent: string) => `${indent}<${name}>${escapeXml(text)}</${name}>`;

/**
 * RSS readers read `<description>` as HTML, so plain text is escaped as HTML first and then as XML: a
 * headline that mentions `<img onerror=…>` stays text in the reader instead of becoming markup.
 */
const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Renders an RSS 2.0 document for one locale. Items are sorted newest first inside, so callers cannot
 * get the order wrong; `language` is the site's BCP-47 code exactly as in the registry (`uk`, never
 * `ua` or `uk-UA`), matching the `lang` attribute of the pages the items link to.
 * @example
 * renderRss(
 *   { title: 'ITBridge news', description: '…', link: 'https://x.org/uk/', selfLink: 'https://x.org/uk/rss.xml', language: 'uk' },
 *   [{ title: 'Kickoff', description: '…', link: 'https://x.org/uk/news/kickoff/', guid: 'https://x.org/uk/news/kickoff/', pubDate: new Date('2025-02-13') }],
 * ) // '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" …'
 */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  // Validated at runtime as well: the feed is also built from untyped route params and config.
  const language = parseLocale(channel.language, 'feed channel language');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    element('title', channel.title, '    '),
    element('link', absoluteUrl(channel.link, 'channel link'), '    '),
    element('description', htmlText(channel.description), '    '),
    element('language', language, '    '),
    `    <atom:link href="${escapeXml(absoluteUrl(channel.selfLink, 'selfLink'))}" rel="self" type="application/rss+xml"/>`,
  ];
  if (channel.lastBuildDate) lines.push(element('lastBuildDate', rfc822(channel.lastBuildDate, 'lastBuildDate'), '    '));
  for (const item of sortFeedItems(items)) {
    lines.push(
      '    <item>',
      element('title', item.title, '      '),
      element('link', absoluteUrl(item.link, `item link of "${item.title}"`), '      '),
      `      <guid isPermaLink="true">${escapeXml(absoluteUrl(item.guid, `item guid of "${item.title}"`))}</guid>`,
      element('description', htmlText(item.description), '      '),
      element('pubDate', rfc822(item.pubDate, `pubDate of "${item.title}"`), '      '),
      ...(item.categories ?? []).map((c) => element('category', c, '      ')),
      '    </item>',
    );
  }
  lines.push('  </channel>', '</rss>', '');
  return lines.join('\n');
}

/**
 * The items of one locale's feed: only documents with a real translation in `locale`, built from that
 * translation. Fallback pages (the original shown under another locale) are left out on purpose: a
 * Bulgarian feed full of English articles would announce content the Bulgarian reader cannot read,
 * and those pages are `noindex` anyway. Returned newest first, so `.slice(0, n)` keeps the latest.
 * @example selectFeedItems(map.documents.filter((d) => d.collection === 'news'), 'uk', (doc, entry) => ({ … }))
 */
export function selectFeedItems<E extends MapEntry>(
  docs: readonly TranslatedDocument<E>[],
  locale: Locale,
  toItem: (doc: TranslatedDocument<E>, entry: E) => FeedItem,
): FeedItem[] {
  const items: FeedItem[] = [];
  for (const doc of docs) {
    const entry = doc.versions.get(locale);
    if (entry) items.push(toItem(doc, entry));
  }
  return sortFeedItems(items);
}
