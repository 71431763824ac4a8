import { parseLocale, type Locale } from '../../i18n/locales';
import { assertAbsoluteUrl } from '../routing/urls';
import { isoDate } from '../format/iso-date';
import { serializeForScript } from '../outputs/script-json';
import { truncateAtWord } from '../format/truncate';

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
 * Shortens a headline to at most `max` characters, ellipsis included, between words where it can.
 * @example truncateHeadline('a'.repeat(120)).length // 110
 */
export function truncateHeadline(text: string, max = maxHeadlineLength): string {
  return truncateAtWord(text, max);
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
    datePublished: isoDate(input.datePublished, 'JSON-LD datePublished'),
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      url: absoluteUrl(input.publisher.url, 'publisher url'),
    },
  };
  if (input.dateModified) data.dateModified = isoDate(input.dateModified, 'JSON-LD dateModified');
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

/**
 * JSON-LD for inside `<script type="application/ld+json">`, escaped so no text can end the script.
 * @example serializeJsonLd({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(data: object | readonly object[]): string {
  return serializeForScript(data);
}
