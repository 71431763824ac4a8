import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { buildTopicIndex } from '../../../src/lib/content/indexes';
import {
  audiencePaths,
  buildHomePage,
  chooseFeaturedGuide,
  featuredGuideSlugs,
  newsLayout,
  type HomeOrganisation,
} from '../../../src/lib/page-data/home';
import { useTranslations } from '../../../src/i18n/translator';
import { locales, type Locale } from '../../../src/i18n/locales';
import { entry, rootUrls as urls, fixtureToday } from '../../helpers/entries';

const city = (name: string, bg: string) => ({ en: name, uk: name, ro: name, es: name, bg });
const organisations = new Map<string, HomeOrganisation>([
  ['zeta-cluster', { id: 'zeta-cluster', data: { name: 'Zeta Cluster', role: 'coordinator', country: 'RO', city: city('Cluj-Napoca', 'Клуж-Напока') } }],
  ['alpha-cluster', { id: 'alpha-cluster', data: { name: 'Alpha Cluster', role: 'partner', country: 'UA', city: city('Kharkiv', 'Харков') } }],
]);

// The real guide slugs, so the audience config is exercised as shipped; bg lacks the matchmaking guide,
// as it does in content/, and an English-only guide is the newest of all.
const guide = (locale: Locale, slug: string, pubDate: string, topics: string[] = []) =>
  entry('guides', locale, slug, { pubDate: new Date(pubDate), topics: topics as never });
const map = buildTranslationMap([
  ...['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'].map((d, i) => entry('news', 'en', `news-${i}`, { pubDate: new Date(d) })),
  entry('news', 'ro', 'news-3'),
  entry('news', 'es', 'news-2'),
  entry('news', 'es', 'news-3'),
  guide('en', 'eu-market-entry-for-it-smes', '2025-03-03', ['market-entry', 'legal-compliance']),
  guide('en', 'gdpr-contracts-selling-software-eu', '2025-03-24', ['legal-compliance']),
  guide('en', 'b2b-matchmaking-events', '2025-03-10', ['matchmaking']),
  guide('en', 'cluster-services-training-knowledge-exchange', '2025-03-17', ['training']),
  guide('en', 'newest-english-only', '2025-06-01', ['networking']),
  ...(['eu-market-entry-for-it-smes', 'gdpr-contracts-selling-software-eu', 'cluster-services-training-knowledge-exchange'] as const).map((slug) =>
    entry('guides', 'bg', slug),
  ),
  entry('partners', 'en', 'alpha-cluster'),
  entry('partners', 'en', 'zeta-cluster'),
  entry('partners', 'bg', 'zeta-cluster'),
], { today: fixtureToday });
const topicIndex = buildTopicIndex(map.documents);
const homeOf = (locale: Locale) => buildHomePage(map, organisations, useTranslations(locale), urls, topicIndex);

describe('the home page’s featured guide', () => {
  it('features the translated flagship guide on /bg/, not the newer untranslated one', () => {
    expect(homeOf('bg').featured?.doc.slug).toBe('eu-market-entry-for-it-smes');
    expect(homeOf('bg').featured?.isFallback).toBe(false);
  });

  it('falls back to the newest translated guide when no preferred guide is translated', () => {
    expect(chooseFeaturedGuide(map, 'bg', ['b2b-matchmaking-events'])?.slug).toBe('gdpr-contracts-selling-software-eu');
    expect(chooseFeaturedGuide(map, 'en', ['missing-slug'])?.slug).toBe('newest-english-only');
  });

  it('features nothing in a language with no translated guide', () => {
    expect(chooseFeaturedGuide(map, 'uk')).toBeUndefined();
    expect(homeOf('uk').featured).toBeUndefined();
    expect(homeOf('uk').guides).toEqual([]);
  });

  it('lists the other translated guides newest first, without the featured one, each with its date', () => {
    expect(homeOf('bg').guides.map((i) => i.doc.slug)).toEqual(['gdpr-contracts-selling-software-eu', 'cluster-services-training-knowledge-exchange']);
    expect(homeOf('en').guides.map((i) => i.doc.slug)).toEqual(['newest-english-only', 'gdpr-contracts-selling-software-eu', 'cluster-services-training-knowledge-exchange']);
  });
});

describe('the home page suggests only what the reader can read', () => {
  it('shows, in every language, only documents translated into it', () => {
    for (const locale of locales) {
      const home = homeOf(locale);
      const items = [...(home.featured ? [home.featured] : []), ...home.guides, ...home.news.items];
      for (const item of items) {
        expect(item.isFallback, `${locale}: ${item.doc.slug}`).toBe(false);
        expect(item.contentLocale).toBe(locale);
        expect(item.href.startsWith(`/${locale}/`)).toBe(true);
      }
    }
  });

  it('keeps the newest translated news, at most three', () => {
    expect(homeOf('ro').news.items.map((i) => i.doc.slug)).toEqual(['news-3']);
    expect(homeOf('es').news.items.map((i) => i.doc.slug)).toEqual(['news-3', 'news-2']);
    expect(homeOf('en').news.items.map((i) => i.doc.slug)).toEqual(['news-3', 'news-2', 'news-1']);
    expect(homeOf('bg').news.items).toEqual([]);
  });

  it('lays one news item out as one wide card, two as two columns, three or more as a grid', () => {
    expect(homeOf('ro').news.layout).toBe('single');
    expect(homeOf('es').news.layout).toBe('pair');
    expect(homeOf('en').news.layout).toBe('grid');
    expect([0, 1, 2, 3, 7].map(newsLayout)).toEqual(['single', 'single', 'pair', 'grid', 'grid']);
  });
});

describe('the audience paths', () => {
  it('gives IT companies the translated SME guides, by their titles, then all guides', () => {
    const companies = homeOf('bg').audiences.find((a) => a.id === 'companies')!;
    expect(companies.heading).toBe(useTranslations('bg').t('home.audiences.companies.heading'));
    expect(companies.links).toEqual([
      { href: '/bg/guides/eu-market-entry-for-it-smes/', label: 'eu-market-entry-for-it-smes (bg)' },
      { href: '/bg/guides/gdpr-contracts-selling-software-eu/', label: 'gdpr-contracts-selling-software-eu (bg)' },
      { href: '/bg/guides/', label: useTranslations('bg').t('home.allGuides') },
    ]);
  });

  it('gives cluster managers the cluster-services guide, the partners and the studies', () => {
    const clusters = homeOf('en').audiences.find((a) => a.id === 'clusters')!;
    expect(clusters.links.map((l) => l.href)).toEqual(['/en/guides/cluster-services-training-knowledge-exchange/', '/en/partners/', '/en/studies/']);
  });

  it('drops every untranslated document and keeps the listings', () => {
    const uk = homeOf('uk').audiences;
    expect(uk.flatMap((a) => a.links.map((l) => l.href))).toEqual(['/uk/guides/', '/uk/partners/', '/uk/studies/']);
  });
});

describe('the shipped home configuration', () => {
  const contentDir = resolve(import.meta.dirname, '../../../content');
  const exists = (collection: string, locale: Locale, slug: string) => existsSync(resolve(contentDir, collection, locale, `${slug}.md`)) || existsSync(resolve(contentDir, collection, locale, `${slug}.mdx`));

  it('names only documents that exist in content/', () => {
    for (const { collection, slug } of audiencePaths.flatMap((a) => a.documents)) expect(exists(collection, 'en', slug), `${collection}/${slug}`).toBe(true);
    for (const slug of featuredGuideSlugs) expect(exists('guides', 'en', slug), slug).toBe(true);
  });

  it('keeps at least one translated document for every audience in every language', () => {
    for (const audience of audiencePaths) {
      for (const locale of locales) {
        expect(audience.documents.some(({ collection, slug }) => exists(collection, locale, slug)), `${audience.id} in ${locale}`).toBe(true);
      }
    }
  });

  it('has a featured guide translated into every language', () => {
    for (const locale of locales) expect(featuredGuideSlugs.some((slug) => exists('guides', locale, slug)), locale).toBe(true);
  });
});

describe('topics and partners on the home page', () => {
  it('links every topic that has documents, alphabetically in the reader’s language', () => {
    const topics = homeOf('en').topics;
    expect(topics.map((t) => t.key)).toEqual(['matchmaking', 'market-entry', 'legal-compliance', 'networking', 'training']);
    expect(topics[0]!.href).toBe('/en/topics/matchmaking/');
  });

  it('lists every partner, the coordinator first, with its place in the reader’s language', () => {
    const partners = homeOf('bg').partners;
    expect(partners.map((p) => [p.name, p.coordinator])).toEqual([
      ['Zeta Cluster', true],
      ['Alpha Cluster', false],
    ]);
    expect(partners[1]!.place).toBe(`Харков, ${useTranslations('bg').countryName('UA')}`);
    expect(partners[1]!.href).toBe('/bg/partners/alpha-cluster/');
  });
});
