import { describe, it, expect } from 'vitest';
import { buildTranslationMap, resolveVersion, type TranslatedDocument } from '../../../src/lib/content/translation-map';
import { buildTopicIndex, buildPartnerIndex } from '../../../src/lib/content/indexes';
import { buildArticlePage, type ArticleContext, type OrganisationEntry } from '../../../src/lib/page-data/article';
import { useTranslations } from '../../../src/i18n/translator';
import type { Locale } from '../../../src/i18n/locales';
import type { TranslationState } from '../../../src/lib/content/freshness';
import { entry, rootUrls as urls, type FixtureEntry, fixtureToday } from '../../helpers/entries';
import { fixtureRepositories } from '../../helpers/settings';
import type { RepositorySettings } from '../../../src/settings';

const org = (id: string, name: string, role: 'coordinator' | 'partner', country: 'RO' | 'UA' | 'ES', city: string): OrganisationEntry => ({
  id,
  data: { name, role, country, city: { en: city, uk: city, ro: city, es: city, bg: city }, website: `https://${id}.example` },
});
const organisations = new Map([
  ['alpha-cluster', org('alpha-cluster', 'Alpha Cluster', 'partner', 'UA', 'Kharkiv')],
  ['beta-cluster', org('beta-cluster', 'Beta Cluster', 'coordinator', 'RO', 'Cluj-Napoca')],
]);

const pubDate = new Date('2025-02-13');
const map = buildTranslationMap<FixtureEntry>([
  { ...entry('guides', 'en', 'market-entry', { pubDate, topics: ['market-entry'], partners: [{ id: 'alpha-cluster', collection: 'organisations' }] }), body: '## One\n\n' + 'word '.repeat(450) },
  entry('guides', 'uk', 'market-entry', { title: 'Вихід на ринок' }),
  entry('guides', 'en', 'legal-basics', { pubDate: new Date('2025-01-10'), topics: ['market-entry'] }),
  entry('news', 'en', 'kickoff', { pubDate, topics: ['market-entry'] }),
  entry('partners', 'en', 'alpha-cluster'),
  entry('pages', 'en', 'about', { updatedDate: new Date('2025-03-01') }),
  entry('pages', 'uk', 'about', { updatedDate: new Date('2025-04-01') }),
  entry('studies', 'en', 'sector-study', {
    pubDate,
    topics: ['market-research'],
    status: 'planned',
    keyFindings: ['The first finding, in one full sentence.'],
    downloads: [{ title: 'Full report', file: '/downloads/report.pdf', lang: 'en' }],
  }),
], { today: fixtureToday });
const doc = (collection: 'guides' | 'news' | 'partners' | 'pages' | 'studies', slug: string) => map.get(collection, slug)!;

function context(stale: { doc: TranslatedDocument<FixtureEntry>; locale: Locale }[] = []): ArticleContext<FixtureEntry> {
  const statusOf = new Map<TranslatedDocument<FixtureEntry>, Record<Locale, TranslationState>>();
  for (const { doc: d, locale } of stale) {
    statusOf.set(d, { en: 'original', uk: 'up-to-date', ro: 'missing', es: 'missing', bg: 'missing', [locale]: 'stale' });
  }
  return {
    organisations,
    topicIndex: buildTopicIndex(map.documents),
    partnerIndex: buildPartnerIndex(map.documents),
    statusOf,
  };
}

const headings = [
  { depth: 2, slug: 'one', text: 'One' },
  { depth: 2, slug: 'two', text: 'Two' },
  { depth: 3, slug: 'three', text: 'Three' },
];

function page(d: TranslatedDocument<FixtureEntry>, locale: Locale, ctx = context(), repository: RepositorySettings | null = null) {
  return buildArticlePage({
    doc: d,
    version: resolveVersion(d, locale),
    headings,
    context: ctx,
    translator: useTranslations(locale),
    urls,
    fileSize: () => 1_250_000,
    repository,
  });
}

describe('buildArticlePage on a real translation', () => {
  const uk = page(doc('guides', 'market-entry'), 'uk');

  it('is indexed, canonical to itself, with alternates for the real translations only', () => {
    expect(uk.fallbackOf).toBeUndefined();
    expect(uk.search?.filters.type).toEqual(['Посібник']);
    expect(uk.head.canonical).toBe('https://itbridge.test/uk/guides/market-entry/');
    expect(uk.head.alternates.map((a) => a.hreflang)).toEqual(['en', 'uk', 'x-default']);
    expect(uk.head.robots).toBeUndefined();
  });

  it('speaks the page language throughout, so chrome needs no lang of its own', () => {
    expect(uk.contentLocale).toBe('uk');
    expect(uk.chromeLang).toBeUndefined();
    expect(uk.title).toBe('Вихід на ринок');
  });

  it('gives a guide its contents (sections only), a back-to-top link and reading time, from the registry', () => {
    expect(uk.toc.map((i) => i.slug)).toEqual(['one', 'two']);
    // The sidebar lists sections; their subsections (the h3 "three") would make it too long to scan.
    expect(uk.toc.flatMap((i) => i.children)).toEqual([]);
    expect(uk.backToTop).toBe(true);
    // The Ukrainian file's own text is counted (here: none), not the original's.
    expect(uk.readingTime).toMatch(/^1 хвилина/);
  });

  it('takes dates, topics and partners from the original, and links them in the reader’s language', () => {
    expect(uk.published).toEqual(pubDate);
    expect(uk.facts.map((f) => f.labelKey)).toEqual(['article.partners', 'article.topics']);
    expect(uk.facts[0]!.items).toEqual([{ text: 'Alpha Cluster', href: '/uk/partners/alpha-cluster/' }]);
  });

  it('builds breadcrumbs home → listing → page in the reader’s language', () => {
    expect(uk.crumbs.map((c) => c.href)).toEqual(['/uk/', '/uk/guides/', '/uk/guides/market-entry/']);
    expect(uk.crumbs[1]!.label).toBe('Посібники з найкращих практик');
    expect(uk.section).toBe('guides');
  });

  it('lists related guides on the same topic, linked to the reader’s locale', () => {
    expect(uk.lists.map((l) => l.id)).toEqual(['related']);
    expect(uk.lists[0]!.items.map((i) => [i.href, i.isFallback])).toEqual([['/uk/guides/legal-basics/', true]]);
  });

  it('names the site, not a partner, as the publisher in JSON-LD', () => {
    const [article, crumbs] = JSON.parse(uk.jsonLd);
    expect(article['@type']).toBe('Article');
    expect(article.inLanguage).toBe('uk');
    expect(article.publisher).toEqual({ '@type': 'Organization', name: 'ITBridge', url: 'https://itbridge.test/uk/' });
    expect(article.mentions[0].name).toBe('Alpha Cluster');
    expect(crumbs['@type']).toBe('BreadcrumbList');
  });

  it('says when the original changed after the translation, linking the original', () => {
    const stale = page(doc('guides', 'market-entry'), 'uk', context([{ doc: doc('guides', 'market-entry'), locale: 'uk' }]));
    expect(stale.staleOriginal).toEqual({ href: '/en/guides/market-entry/', locale: 'en' });
    expect(uk.staleOriginal).toBeUndefined();
  });
});

describe('buildArticlePage on a fallback page', () => {
  const bg = page(doc('guides', 'market-entry'), 'bg');

  it('shows the original with a notice, noindex, canonical to the original, searchable only as untranslated', () => {
    expect(bg.fallbackOf).toEqual({ href: '/en/guides/market-entry/', locale: 'en' });
    expect(bg.head.robots).toBe('noindex');
    expect(bg.head.canonical).toBe('https://itbridge.test/en/guides/market-entry/');
    expect(bg.head.alternates).toEqual([]);
    // Indexed into the untranslated bundle (never the Bulgarian index), marked with the original's language.
    expect(bg.search?.meta.lang).toBe('en');
  });

  it('marks the chrome inside the English text with the page language', () => {
    expect(bg.contentLocale).toBe('en');
    expect(bg.chromeLang).toBe('bg');
  });

  it('is never called stale: it is not a translation', () => {
    expect(page(doc('guides', 'market-entry'), 'bg', context([{ doc: doc('guides', 'market-entry'), locale: 'bg' }])).staleOriginal).toBeUndefined();
  });

  it('estimates reading time from the text once, whatever the number of fallback locales', () => {
    expect(page(doc('guides', 'market-entry'), 'ro').readingTime).toMatch(/^3 minute/);
    expect(bg.readingTime).toMatch(/^3 минути/);
  });
});

describe('buildArticlePage per collection', () => {
  it('gives news no table of contents, back-to-top link or reading time', () => {
    const news = page(doc('news', 'kickoff'), 'en');
    expect(news.toc).toEqual([]);
    expect(news.backToTop).toBe(false);
    expect(news.readingTime).toBeUndefined();
    expect(JSON.parse(news.jsonLd)[0]['@type']).toBe('NewsArticle');
  });

  it('shows a study’s status, key findings and downloads with format and size', () => {
    const study = page(doc('studies', 'sector-study'), 'en');
    expect(study.facts[0]).toEqual({ labelKey: 'article.status', items: [{ text: 'Planned' }] });
    expect(study.keyFindings).toEqual(['The first finding, in one full sentence.']);
    expect(study.downloads).toEqual([{ title: 'Full report', href: '/downloads/report.pdf', lang: 'en', details: 'PDF, 1.3 MB, in English' }]);
  });

  it('gives a partner profile its role, place, badge, publications and an Organization, but no article JSON-LD', () => {
    const partner = page(doc('partners', 'alpha-cluster'), 'uk');
    expect(partner.facts.map((f) => f.labelKey)).toEqual(['partner.roleLabel', 'partner.location', 'partner.website']);
    expect(partner.partner).toEqual({ name: 'Alpha Cluster', logo: undefined });
    expect(partner.lists.map((l) => [l.id, l.items.map((i) => i.doc.slug)])).toEqual([['publications', ['market-entry']]]);
    const [organisation] = JSON.parse(partner.jsonLd);
    expect(organisation).toMatchObject({ '@type': 'Organization', name: 'Alpha Cluster', address: { addressLocality: 'Kharkiv', addressCountry: 'UA' } });
    expect(partner.head.og.type).toBe('website');
  });

  it('puts the about page in the About section, dated by its own translation, with no listing in the breadcrumbs', () => {
    const about = page(doc('pages', 'about'), 'uk');
    expect(about.section).toBe('about');
    expect(about.updated).toEqual(new Date('2025-04-01'));
    expect(about.published).toBeUndefined();
    expect(about.crumbs.map((c) => c.href)).toEqual(['/uk/', '/uk/about/']);
    expect(about.lists).toEqual([]);
  });
});

describe('buildArticlePage editing links', () => {
  const github = fixtureRepositories.github;
  const hrefs = (p: ReturnType<typeof page>) => p.editLinks.map((l) => [l.kind, l.href]);

  it('has none while the repository is unset, on every kind of page', () => {
    expect(page(doc('guides', 'market-entry'), 'en').editLinks).toEqual([]);
    expect(page(doc('guides', 'market-entry'), 'bg').editLinks).toEqual([]);
    expect(page(doc('guides', 'market-entry'), 'uk', context([{ doc: doc('guides', 'market-entry'), locale: 'uk' }])).editLinks).toEqual([]);
  });

  it('edits the file shown on an original and on an up-to-date translation', () => {
    expect(hrefs(page(doc('guides', 'market-entry'), 'en', context(), github))).toEqual([
      ['edit', 'https://github.com/example-org/itbridge-site/edit/main/content/guides/en/market-entry.md'],
    ]);
    expect(hrefs(page(doc('guides', 'market-entry'), 'uk', context(), github))).toEqual([
      ['edit', 'https://github.com/example-org/itbridge-site/edit/main/content/guides/uk/market-entry.md'],
    ]);
  });

  it('edits the original and offers its translation on a fallback page, for a standalone page and a partner too', () => {
    expect(hrefs(page(doc('guides', 'market-entry'), 'bg', context(), github))).toEqual([
      ['edit', 'https://github.com/example-org/itbridge-site/edit/main/content/guides/en/market-entry.md'],
      ['translate', 'https://github.com/example-org/itbridge-site/new/main?filename=content/guides/bg/market-entry.md'],
    ]);
    expect(hrefs(page(doc('pages', 'about'), 'es', context(), github)).map(([, href]) => href)).toEqual([
      'https://github.com/example-org/itbridge-site/edit/main/content/pages/en/about.md',
      'https://github.com/example-org/itbridge-site/new/main?filename=content/pages/es/about.md',
    ]);
    expect(hrefs(page(doc('partners', 'alpha-cluster'), 'uk', context(), github)).map(([kind]) => kind)).toEqual(['edit', 'translate']);
  });

  it('offers to update a stale translation, and only that', () => {
    const stale = context([{ doc: doc('guides', 'market-entry'), locale: 'uk' }]);
    expect(page(doc('guides', 'market-entry'), 'uk', stale, github).editLinks).toEqual([
      {
        kind: 'update',
        label: 'editLinks.update',
        href: 'https://github.com/example-org/itbridge-site/edit/main/content/guides/uk/market-entry.md',
        file: { collection: 'guides', locale: 'uk', slug: 'market-entry', path: 'content/guides/uk/market-entry.md' },
      },
    ]);
    // The original of a document with a stale translation is edited as usual.
    expect(hrefs(page(doc('guides', 'market-entry'), 'en', stale, github)).map(([kind]) => kind)).toEqual(['edit']);
  });
});
