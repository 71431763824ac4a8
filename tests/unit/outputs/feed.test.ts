import { describe, it, expect } from 'vitest';
import { renderRss, selectFeedItems, rfc822, sortFeedItems, type FeedChannel, type FeedItem } from '../../../src/lib/outputs/feed';
import { escapeXml } from '../../../src/lib/outputs/xml';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { locales, type Locale } from '../../../src/i18n/locales';
import { entry, rootUrls, fixtureToday } from '../../helpers/entries';

/**
 * A tiny, dependency-free well-formedness check: every tag that opens closes, in order, attribute values
 * are quoted, and text never contains a raw `<` or an `&` that does not start an entity.
 * Returns the problems found, so a failing test says what is wrong.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('missing XML declaration');
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let roots = 0;
  for (const m of body.matchAll(token)) {
    const [, closing, name, , selfClosing, text, strayLt] = m;
    if (strayLt) problems.push(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 30)}`);
    else if (text !== undefined) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text)) problems.push(`raw "&" in text: ${text.trim()}`);
      if (text.includes('>')) problems.push(`raw ">" in text: ${text.trim()}`);
      if (!stack.length && text.trim()) problems.push(`text outside the root element: ${text.trim()}`);
    } else if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
    } else {
      if (!stack.length) roots++;
      if (!selfClosing) stack.push(name!);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

const texts = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);
const itemsOf = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);

const channel: FeedChannel = {
  title: 'ITBridge — news',
  description: 'News of the ITBridge cluster cooperation',
  link: 'https://itbridge.test/uk/',
  selfLink: 'https://itbridge.test/uk/rss.xml',
  language: 'uk',
};

function item(slug: string, date: string, extra: Partial<FeedItem> = {}): FeedItem {
  const link = `https://itbridge.test/uk/news/${slug}/`;
  return { title: slug, description: `About ${slug}`, link, guid: link, pubDate: new Date(date), ...extra };
}

describe('renderRss', () => {
  it('produces a well-formed RSS 2.0 document with the Atom namespace', () => {
    const xml = renderRss(channel, [item('a', '2025-02-13', { categories: ['Events', 'GDPR'] }), item('b', '2025-03-01')]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
  });

  it('writes the channel title, link, description and language', () => {
    const head = renderRss(channel, [item('a', '2025-02-13')]).split('<item>')[0]!;
    expect(texts(head, 'title')).toEqual(['ITBridge — news']);
    expect(texts(head, 'link')).toEqual(['https://itbridge.test/uk/']);
    expect(texts(head, 'description')).toEqual(['News of the ITBridge cluster cooperation']);
    expect(texts(head, 'language')).toEqual(['uk']);
  });

  it.each(locales)('writes the language of the %s feed as its bare BCP-47 code', (locale) => {
    expect(texts(renderRss({ ...channel, language: locale }, []), 'language')).toEqual([locale]);
  });

  it('writes Ukrainian as "uk", never "ua" or "uk-UA"', () => {
    const xml = renderRss(channel, []);
    expect(xml).toContain('<language>uk</language>');
    expect(xml).not.toMatch(/\bua\b|uk-UA|uk_UA/);
  });

  it('refuses a language code that is not in the registry', () => {
    expect(() => renderRss({ ...channel, language: 'ua' as Locale }, [])).toThrow(/Unknown locale "ua"/);
  });

  it('links to itself with an atom:link of rel="self"', () => {
    expect(renderRss(channel, [])).toContain(
      '<atom:link href="https://itbridge.test/uk/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });

  it('writes lastBuildDate only when given, in RFC 822', () => {
    expect(renderRss(channel, [])).not.toContain('lastBuildDate');
    const xml = renderRss({ ...channel, lastBuildDate: new Date('2025-03-01T10:20:30Z') }, []);
    expect(texts(xml, 'lastBuildDate')).toEqual(['Sat, 01 Mar 2025 10:20:30 GMT']);
  });

  it('puts the newest item first, whatever the input order', () => {
    const xml = renderRss(channel, [item('old', '2024-11-05'), item('newest', '2025-06-01'), item('middle', '2025-02-13')]);
    expect(itemsOf(xml).map((i) => texts(i, 'title')[0])).toEqual(['newest', 'middle', 'old']);
  });

  it('orders items of the same date by link, so the feed is the same on every build', () => {
    const one = renderRss(channel, [item('b', '2025-02-13'), item('a', '2025-02-13'), item('c', '2025-02-13')]);
    const two = renderRss(channel, [item('c', '2025-02-13'), item('b', '2025-02-13'), item('a', '2025-02-13')]);
    expect(itemsOf(one).map((i) => texts(i, 'title')[0])).toEqual(['a', 'b', 'c']);
    expect(two).toBe(one);
  });

  it('does not reorder the caller’s array', () => {
    const input = [item('old', '2024-01-01'), item('new', '2025-01-01')];
    renderRss(channel, input);
    expect(input.map((i) => i.title)).toEqual(['old', 'new']);
  });

  it('gives each item its title, link, permalink guid, description, pubDate and categories', () => {
    const xml = renderRss(channel, [item('kickoff', '2025-02-13T09:30:00Z', { categories: ['Events', 'Cluj-Napoca'] })]);
    const [only] = itemsOf(xml);
    expect(texts(only!, 'title')).toEqual(['kickoff']);
    expect(texts(only!, 'link')).toEqual(['https://itbridge.test/uk/news/kickoff/']);
    expect(only).toContain('<guid isPermaLink="true">https://itbridge.test/uk/news/kickoff/</guid>');
    expect(texts(only!, 'description')).toEqual(['About kickoff']);
    expect(texts(only!, 'pubDate')).toEqual(['Thu, 13 Feb 2025 09:30:00 GMT']);
    expect(texts(only!, 'category')).toEqual(['Events', 'Cluj-Napoca']);
  });

  it('writes no category element for an item without categories', () => {
    expect(renderRss(channel, [item('a', '2025-02-13')])).not.toContain('<category');
  });

  it('writes every pubDate in RFC 822 format, in GMT', () => {
    const dates = texts(renderRss(channel, [item('a', '2025-02-13'), item('b', '2024-12-31T23:59:59+02:00')]), 'pubDate');
    expect(dates).toEqual(['Thu, 13 Feb 2025 00:00:00 GMT', 'Tue, 31 Dec 2024 21:59:59 GMT']);
    for (const d of dates) {
      expect(d).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
  });

  it('escapes a <script> tag and ampersands in titles, descriptions and categories', () => {
    const xml = renderRss({ ...channel, title: 'R&D <news>' }, [
      item('x', '2025-02-13', {
        title: '<script>alert("x")</script>',
        description: 'Cats & dogs, it\'s "fine"',
        categories: ['A&B'],
      }),
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<title>R&amp;D &lt;news&gt;</title>');
    expect(xml).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>');
    // Escaped as HTML, then as XML: a reader that renders the description as HTML shows "Cats & dogs".
    expect(xml).toContain('<description>Cats &amp;amp; dogs, it&apos;s &quot;fine&quot;</description>');
    expect(xml).toContain('<category>A&amp;B</category>');
  });

  it('keeps markup in a description as text for readers that render descriptions as HTML', () => {
    const xml = renderRss(channel, [item('x', '2025-02-13', { description: 'A "><img src=x onerror=alert(1)> test' })]);
    expect(xmlProblems(xml)).toEqual([]);
    // The reader unescapes the XML once and finds &lt;img…&gt;, which it shows as text, never as an element.
    expect(xml).toContain('<description>A &quot;&amp;gt;&amp;lt;img src=x onerror=alert(1)&amp;gt; test</description>');
  });

  it('escapes ampersands and quotes in URLs, including the self link attribute', () => {
    const xml = renderRss({ ...channel, selfLink: 'https://itbridge.test/rss.xml?a=1&b="2"' }, [
      item('q', '2025-02-13', { link: 'https://itbridge.test/?a=1&b=2', guid: 'https://itbridge.test/?a=1&b=2' }),
    ]);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('href="https://itbridge.test/rss.xml?a=1&amp;b=&quot;2&quot;"');
    expect(xml).toContain('<link>https://itbridge.test/?a=1&amp;b=2</link>');
  });

  it('strips characters XML 1.0 forbids but keeps tab, newline and CR', () => {
    const xml = renderRss(channel, [
      item('c', '2025-02-13', { title: 'A\u0000B\u0007C\u001bD\uFFFE\uD800', description: 'one\ttwo\nthree\rfour' }),
    ]);
    expect(xml).toContain('<title>ABCD</title>');
    expect(xml).toContain('<description>one\ttwo\nthree\rfour</description>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE]/);
  });

  it('keeps Cyrillic text and emoji as they are', () => {
    const xml = renderRss(channel, [item('k', '2025-02-13', { title: 'Старт у Клуж-Напоці 🚀' })]);
    expect(texts(xml, 'title')).toContain('Старт у Клуж-Напоці 🚀');
  });

  it('renders an empty item list as a valid channel with no items', () => {
    const xml = renderRss(channel, []);
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).not.toContain('<item>');
    expect(xml).toMatch(/<channel>[\s\S]*<\/channel>\s*<\/rss>\s*$/);
  });

  it('refuses relative links, which feed readers cannot resolve', () => {
    expect(() => renderRss({ ...channel, selfLink: '/uk/rss.xml' }, [])).toThrow(/selfLink must be an absolute URL/);
    expect(() => renderRss(channel, [item('r', '2025-02-13', { link: '/uk/news/r/' })])).toThrow(/item link of "r"/);
  });

  it('refuses an invalid date instead of writing "Invalid Date"', () => {
    expect(() => renderRss(channel, [item('bad', 'not a date')])).toThrow(/pubDate of "bad" is not a valid date/);
  });
});

describe('the XML helpers', () => {
  it('escapeXml replaces all five special characters', () => {
    expect(escapeXml(`& < > " '`)).toBe('&amp; &lt; &gt; &quot; &apos;');
  });

  it('escapeXml escapes an existing entity again, since its input is plain text', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('rfc822 formats in GMT', () => {
    expect(rfc822(new Date('2025-02-13'))).toBe('Thu, 13 Feb 2025 00:00:00 GMT');
  });

  it('sortFeedItems returns a new array, newest first', () => {
    const input = [item('a', '2024-01-01'), item('b', '2025-01-01')];
    const sorted = sortFeedItems(input);
    expect(sorted.map((i) => i.title)).toEqual(['b', 'a']);
    expect(sorted).not.toBe(input);
  });
});

describe('selectFeedItems', () => {
  const map = buildTranslationMap([
    entry('news', 'en', 'kickoff', { pubDate: new Date('2025-02-13') }),
    entry('news', 'uk', 'kickoff'),
    entry('news', 'en', 'english-only', { pubDate: new Date('2025-03-01') }),
    entry('news', 'en', 'workshop', { pubDate: new Date('2025-04-10') }),
    entry('news', 'uk', 'workshop'),
    entry('news', 'uk', 'draft-translation', { draft: true }),
    entry('news', 'en', 'draft-translation', { pubDate: new Date('2025-05-01') }),
  ], { today: fixtureToday });
  type Doc = (typeof map.documents)[number];
  const toItem = (doc: Doc, e: Doc['source']): FeedItem => {
    const locale = e.id.split('/')[0] as Locale;
    const link = rootUrls.absolute(rootUrls.entry(locale, 'news', doc.slug));
    return { title: e.data.title, description: '', link, guid: link, pubDate: doc.source.data.pubDate! };
  };

  it('includes only documents with a real translation in the locale, never fallbacks', () => {
    const items = selectFeedItems(map.documents, 'uk', toItem);
    expect(items.map((i) => i.title).sort()).toEqual(['kickoff (uk)', 'workshop (uk)']);
  });

  it('leaves out a document whose translation is a draft', () => {
    expect(selectFeedItems(map.documents, 'uk', toItem).some((i) => i.title.startsWith('draft-translation'))).toBe(false);
  });

  it('builds each item from that locale’s own entry', () => {
    const seen: string[] = [];
    selectFeedItems(map.documents, 'uk', (doc, e) => {
      seen.push(e.filePath);
      return toItem(doc, e);
    });
    expect(seen.sort()).toEqual(['content/news/uk/kickoff.md', 'content/news/uk/workshop.md']);
  });

  it('includes every published document in the original language, newest first', () => {
    expect(selectFeedItems(map.documents, 'en', toItem).map((i) => i.title)).toEqual([
      'draft-translation (en)',
      'workshop (en)',
      'english-only (en)',
      'kickoff (en)',
    ]);
  });

  it('returns nothing for a locale without translations, and that feed is still valid', () => {
    const items = selectFeedItems(map.documents, 'bg', toItem);
    expect(items).toEqual([]);
    expect(xmlProblems(renderRss({ ...channel, language: 'bg' }, items))).toEqual([]);
  });
});

describe('the well-formedness check itself', () => {
  const decl = '<?xml version="1.0" encoding="UTF-8"?>';
  it('notices an unclosed tag, crossed tags and a raw ampersand', () => {
    expect(xmlProblems(`${decl}<rss><channel></rss>`)).not.toEqual([]);
    expect(xmlProblems(`${decl}<rss><a><b></a></b></rss>`)).not.toEqual([]);
    expect(xmlProblems(`${decl}<rss>R&D</rss>`)).not.toEqual([]);
  });

  it('accepts balanced and self-closing tags', () => {
    expect(xmlProblems(`${decl}<rss><a x="1">t &amp; u</a><br/></rss>`)).toEqual([]);
  });
});
