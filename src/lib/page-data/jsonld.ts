import { parseLocale, type Locale } from '../../i18n/locales';
import { assertAbsoluteUrl } from '../routing/urls';

const context = 'https://schema.org' as const;

/** Google truncates or ignores longer `headline` values in article rich results. */
export const maxHeadlineLength = 110;

export interface ArticleInput {
  type: 'NewsArticle' | 'Article';
  headline: string;
  description: string;
  /** Absolute canonical URL of the article page. */
  url: string;
  inLanguage: Locale;
  datePublished: Date;
  dateModified?: Date;
  publisher: { name: string; url: string };
  /** Topics the article is about (taxonomy labels). */
  about?: string[];
  /** Organisations named in the article (partners, clusters). */
  mentions?: { name: string; url?: string }[];
}

export interface OrganizationInput {
  name: string;
  url: string;
  sameAs?: string[];
  address?: { locality: string; /** ISO 3166-1 alpha-2, e.g. 'RO'. */ country: string };
}

export interface ThingLd {
  '@type': 'Thing';
  name: string;
}

export interface PostalAddressLd {
  '@type': 'PostalAddress';
  addressLocality: string;
  addressCountry: string;
}

export interface OrganizationLd {
  '@type': 'Organization';
  name: string;
  url?: string;
  sameAs?: string[];
  address?: PostalAddressLd;
}

export interface ArticleLd {
  '@context': typeof context;
  '@type': 'NewsArticle' | 'Article';
  headline: string;
  description: string;
  url: string;
  mainEntityOfPage: { '@type': 'WebPage'; '@id': string };
  inLanguage: Locale;
  datePublished: string;
  dateModified?: string;
  publisher: OrganizationLd;
  about?: ThingLd[];
  mentions?: OrganizationLd[];
}

export type OrganizationJsonLd = OrganizationLd & { '@context': typeof context };

// Structured data pointing at a relative URL is ignored by search engines, so catch it at build time.
const absoluteUrl = (value: string, field: string) => assertAbsoluteUrl(value, `JSON-LD ${field}`);

/**
 * Calendar date (YYYY-MM-DD) in UTC. Frontmatter dates are parsed as UTC midnight, so formatting in the
 * build machine's local zone could move an article to the previous day.
 * @example isoDate(new Date('2025-02-13')) // '2025-02-13'
 */
export function isoDate(date: Date, field = 'date'): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`JSON-LD ${field} is not a valid date`);
  return date.toISOString().slice(0, 10);
}

/**
 * Shortens a headline to at most `max` characters, ellipsis included. Counts code points, not UTF-16
 * units, so an emoji or other astral character is never cut in half; prefers to cut between words.
 * @example truncateHeadline('a'.repeat(120)).length // 110
 */
export function truncateHeadline(text: string, max = maxHeadlineLength): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(normalized);
  if (chars.length <= max) return normalized;
  const cut = chars.slice(0, max - 1).join('');
  // Back up to the last space only when that loses little; a long unbroken word is cut mid-word instead.
  const space = cut.lastIndexOf(' ');
  const head = space > 0 && Array.from(cut.slice(space)).length <= 20 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s.,;:!?\-–—]+$/u, '')}…`;
}

/**
 * schema.org `NewsArticle`/`Article` for an article page. `inLanguage` is the page's BCP-47 code as
 * in the registry (`uk`), the same value as `<html lang>`; empty `about`/`mentions` are left out.
 * @example
 * articleJsonLd({ type: 'NewsArticle', headline: 'Kickoff in Cluj-Napoca', description: '…',
 *   url: 'https://x.org/en/news/kickoff/', inLanguage: 'en', datePublished: new Date('2025-02-13'),
 *   publisher: { name: 'ITBridge', url: 'https://x.org/' } }).datePublished // '2025-02-13'
 */
export function articleJsonLd(input: ArticleInput): ArticleLd {
  const url = absoluteUrl(input.url, 'article url');
  const data: ArticleLd = {
    '@context': context,
    '@type': input.type,
    headline: truncateHeadline(input.headline),
    description: input.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: parseLocale(input.inLanguage, 'JSON-LD inLanguage'),
    datePublished: isoDate(input.datePublished, 'datePublished'),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: absoluteUrl(input.publisher.url, 'publisher url'),
    },
  };
  if (input.dateModified) data.dateModified = isoDate(input.dateModified, 'dateModified');
  if (input.about?.length) data.about = input.about.map((name) => ({ '@type': 'Thing', name }));
  if (input.mentions?.length) {
    data.mentions = input.mentions.map(({ name, url: orgUrl }) =>
      orgUrl === undefined
        ? { '@type': 'Organization', name }
        : { '@type': 'Organization', name, url: absoluteUrl(orgUrl, `url of "${name}"`) },
    );
  }
  return data;
}

/**
 * schema.org `Organization`, with a `PostalAddress` when an address is given. The country is written as
 * an upper-case ISO 3166-1 alpha-2 code, which is what schema.org and Google expect.
 * @example organizationJsonLd({ name: 'Transylvania IT Cluster', url: 'https://x.ro/', address: { locality: 'Cluj-Napoca', country: 'ro' } }).address?.addressCountry // 'RO'
 */
export function organizationJsonLd(input: OrganizationInput): OrganizationJsonLd {
  const data: OrganizationJsonLd = {
    '@context': context,
    '@type': 'Organization',
    name: input.name,
    url: absoluteUrl(input.url, 'organization url'),
  };
  if (input.sameAs?.length) data.sameAs = input.sameAs.map((u) => absoluteUrl(u, `sameAs of "${input.name}"`));
  if (input.address) {
    const country = input.address.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) {
      throw new Error(
        `JSON-LD address of "${input.name}": country "${input.address.country}" is not an ISO 3166-1 alpha-2 code (e.g. "RO", "UA").`,
      );
    }
    data.address = { '@type': 'PostalAddress', addressLocality: input.address.locality, addressCountry: country };
  }
  return data;
}

const scriptUnsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for inside `<script type="application/ld+json">`. The HTML parser ends the script at the first
 * `</script` whatever JSON thinks, so `<`, `>` and `&` are written as \u escapes (still the same JSON
 * strings); U+2028/U+2029 are escaped because older JavaScript parsers treat them as line breaks.
 * These characters can only occur inside JSON strings, so the result parses back to the same data.
 * @example serializeJsonLd({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: object | readonly object[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => scriptUnsafe[c]!);
}
