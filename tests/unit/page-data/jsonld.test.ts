import { describe, it, expect } from 'vitest';
import {
  articleJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  truncateHeadline,
  maxHeadlineLength,
  type ArticleInput,
} from '../../../src/lib/page-data/jsonld';
import { locales } from '../../../src/i18n/locales';

const base: ArticleInput = {
  type: 'NewsArticle',
  headline: 'ITBridge kicks off in Cluj-Napoca',
  description: 'Clusters from Ukraine and the EU meet.',
  url: 'https://itbridge.test/en/news/kickoff/',
  inLanguage: 'en',
  datePublished: new Date('2025-02-13'),
  publisher: { name: 'ITBridge', url: 'https://itbridge.test/' },
};

describe('articleJsonLd', () => {
  it('builds a NewsArticle with context, page, language, dates and publisher', () => {
    expect(articleJsonLd(base)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'ITBridge kicks off in Cluj-Napoca',
      description: 'Clusters from Ukraine and the EU meet.',
      url: 'https://itbridge.test/en/news/kickoff/',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://itbridge.test/en/news/kickoff/' },
      inLanguage: 'en',
      datePublished: '2025-02-13',
      publisher: { '@type': 'Organization', name: 'ITBridge', url: 'https://itbridge.test/' },
    });
  });

  it('builds a plain Article when asked', () => {
    expect(articleJsonLd({ ...base, type: 'Article' })['@type']).toBe('Article');
  });

  it('leaves out dateModified, about and mentions when they are not given or empty', () => {
    const data = articleJsonLd({ ...base, about: [], mentions: [] });
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('about');
    expect(data).not.toHaveProperty('mentions');
  });

  it('writes datePublished and dateModified as YYYY-MM-DD', () => {
    const data = articleJsonLd({ ...base, datePublished: new Date('2025-02-13T15:45:00Z'), dateModified: new Date('2025-03-02') });
    expect(data.datePublished).toBe('2025-02-13');
    expect(data.dateModified).toBe('2025-03-02');
  });

  it('formats dates in UTC, so a late-evening time with an offset stays on its UTC day', () => {
    expect(articleJsonLd({ ...base, datePublished: new Date('2025-02-13T23:30:00-05:00') }).datePublished).toBe('2025-02-14');
  });

  it('refuses an invalid date', () => {
    expect(() => articleJsonLd({ ...base, dateModified: new Date('nope') })).toThrow(/dateModified is not a valid date/);
  });

  it.each(locales)('writes inLanguage for %s as its bare BCP-47 code', (locale) => {
    expect(articleJsonLd({ ...base, inLanguage: locale }).inLanguage).toBe(locale);
  });

  it('writes Ukrainian as "uk" and refuses "ua"', () => {
    expect(articleJsonLd({ ...base, inLanguage: 'uk' }).inLanguage).toBe('uk');
    expect(() => articleJsonLd({ ...base, inLanguage: 'ua' as never })).toThrow(/Unknown locale "ua"/);
  });

  it('lists about topics as Things and mentions as Organizations, with a url only where given', () => {
    const data = articleJsonLd({
      ...base,
      about: ['GDPR', 'Cluster cooperation'],
      mentions: [{ name: 'Transylvania IT Cluster', url: 'https://itcluster.test/' }, { name: 'Lviv IT Cluster' }],
    });
    expect(data.about).toEqual([
      { '@type': 'Thing', name: 'GDPR' },
      { '@type': 'Thing', name: 'Cluster cooperation' },
    ]);
    expect(data.mentions).toEqual([
      { '@type': 'Organization', name: 'Transylvania IT Cluster', url: 'https://itcluster.test/' },
      { '@type': 'Organization', name: 'Lviv IT Cluster' },
    ]);
  });

  it('refuses a relative article URL', () => {
    expect(() => articleJsonLd({ ...base, url: '/en/news/kickoff/' })).toThrow(/article url must be an absolute URL/);
  });

  it('keeps a headline of exactly 110 characters as it is', () => {
    const headline = 'x'.repeat(110);
    expect(articleJsonLd({ ...base, headline }).headline).toBe(headline);
  });

  it('truncates a longer headline to 110 characters ending in an ellipsis', () => {
    const headline = articleJsonLd({ ...base, headline: 'y'.repeat(111) }).headline;
    expect(Array.from(headline)).toHaveLength(maxHeadlineLength);
    expect(headline).toBe(`${'y'.repeat(109)}…`);
  });
});

describe('truncateHeadline', () => {
  it('cuts between words when a space is near the limit', () => {
    const words = 'Cooperation between Ukrainian and European IT clusters '.repeat(3);
    const cut = truncateHeadline(words);
    expect(Array.from(cut).length).toBeLessThanOrEqual(110);
    expect(cut.endsWith('…')).toBe(true);
    expect(words.startsWith(cut.slice(0, -1))).toBe(true);
    expect(words.charAt(cut.length - 1)).toBe(' ');
  });

  it('never splits an emoji in half', () => {
    const cut = truncateHeadline('🚀'.repeat(120));
    expect(cut).toBe(`${'🚀'.repeat(109)}…`);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('collapses whitespace and leaves short headlines alone', () => {
    expect(truncateHeadline('  Kickoff \n in   Cluj ')).toBe('Kickoff in Cluj');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateHeadline(`${'a'.repeat(108)}, tail words`, 110)).toBe(`${'a'.repeat(108)}…`);
  });
});

describe('organizationJsonLd', () => {
  it('builds an Organization with a PostalAddress', () => {
    expect(
      organizationJsonLd({
        name: 'Transylvania IT Cluster',
        url: 'https://itcluster.test/',
        sameAs: ['https://www.linkedin.com/company/x'],
        address: { locality: 'Cluj-Napoca', country: 'RO' },
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Transylvania IT Cluster',
      url: 'https://itcluster.test/',
      sameAs: ['https://www.linkedin.com/company/x'],
      address: { '@type': 'PostalAddress', addressLocality: 'Cluj-Napoca', addressCountry: 'RO' },
    });
  });

  it('leaves out sameAs and address when they are not given', () => {
    expect(organizationJsonLd({ name: 'ITBridge', url: 'https://itbridge.test/', sameAs: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'ITBridge',
      url: 'https://itbridge.test/',
    });
  });

  it('writes the country as an upper-case ISO code', () => {
    expect(organizationJsonLd({ name: 'L', url: 'https://l.test/', address: { locality: 'Lviv', country: 'ua' } }).address)
      .toEqual({ '@type': 'PostalAddress', addressLocality: 'Lviv', addressCountry: 'UA' });
  });

  it('refuses a country that is a name rather than an ISO code', () => {
    expect(() => organizationJsonLd({ name: 'L', url: 'https://l.test/', address: { locality: 'Lviv', country: 'Ukraine' } }))
      .toThrow(/not an ISO 3166-1 alpha-2 code/);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed early by </script> in a headline', () => {
    const json = serializeJsonLd(articleJsonLd({ ...base, headline: 'Bad </script><script>alert(1)</script>' }));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toMatch(/[<>]/);
    expect(json).toContain('Bad \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
  });

  it('escapes &, so an HTML comment or entity cannot form either', () => {
    const json = serializeJsonLd({ name: 'R&D <!-- x -->' });
    expect(json).toBe('{"name":"R\\u0026D \\u003c!-- x --\\u003e"}');
  });

  it('escapes the line and paragraph separators U+2028 and U+2029', () => {
    const json = serializeJsonLd({ description: 'one\u2028two\u2029three' });
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(json).toBe('{"description":"one\\u2028two\\u2029three"}');
  });

  it('parses back to exactly the same data', () => {
    const data = articleJsonLd({ ...base, headline: '</script> & <b>\u2028"quoted"', mentions: [{ name: 'A&B' }] });
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('serializes an array of objects as a JSON array', () => {
    const data = [articleJsonLd(base), organizationJsonLd({ name: 'ITBridge', url: 'https://itbridge.test/' })];
    const json = serializeJsonLd(data);
    expect(json.startsWith('[{"@context":"https://schema.org","@type":"NewsArticle"')).toBe(true);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('keeps non-Latin text readable rather than escaping it', () => {
    expect(serializeJsonLd({ headline: 'Старт' })).toBe('{"headline":"Старт"}');
  });
});
