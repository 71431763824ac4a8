import { describe, it, expect } from 'vitest';
import { buildArticleFacts } from '../../../src/lib/page-data/article-facts';
import { useTranslations } from '../../../src/i18n/translator';
import { rootUrls as urls } from '../../helpers/entries';
import type { Locale } from '../../../src/i18n/locales';

interface Organisation {
  data: { name: string; role: 'coordinator' | 'partner'; country: string; city: Record<string, string>; website?: string };
}

const organisations = new Map<string, Organisation>([
  [
    'cluj-it',
    {
      data: {
        name: 'Cluj IT Cluster',
        role: 'coordinator',
        country: 'RO',
        city: { en: 'Cluj-Napoca', uk: 'Клуж-Напока', ro: 'Cluj-Napoca', es: 'Cluj-Napoca', bg: 'Клуж-Напока' },
        website: 'https://www.clujit.ro/en/',
      },
    },
  ],
  [
    'lviv-it',
    {
      data: {
        name: 'Lviv IT Cluster',
        role: 'partner',
        country: 'UA',
        city: { en: 'Lviv', uk: 'Львів' },
      },
    },
  ],
]);

function facts(collection: 'news' | 'studies' | 'partners', slug: string, locale: Locale, neutral = {}) {
  return buildArticleFacts({ collection, slug, locale, neutral, organisations, translator: useTranslations(locale), urls });
}

describe('buildArticleFacts for a partner profile', () => {
  it('gives role, location and website, in that order', () => {
    expect(facts('partners', 'cluj-it', 'en').map((f) => f.items[0]!.text)).toEqual([
      'Coordinator',
      'Cluj-Napoca, Romania',
      'www.clujit.ro',
    ]);
    expect(facts('partners', 'cluj-it', 'en').map((f) => f.labelKey)).toEqual([
      'partner.roleLabel',
      'partner.location',
      'partner.website',
    ]);
  });

  it('labels the role in the reader’s language', () => {
    expect(facts('partners', 'cluj-it', 'uk')[0]!.items).toEqual([{ text: 'Координатор' }]);
    expect(facts('partners', 'lviv-it', 'ro')[0]!.items).toEqual([{ text: 'Partener' }]);
  });

  it('gives the location as the localized city and country', () => {
    expect(facts('partners', 'cluj-it', 'uk')[1]!.items).toEqual([{ text: 'Клуж-Напока, Румунія' }]);
    expect(facts('partners', 'cluj-it', 'en')[1]!.items).toEqual([{ text: 'Cluj-Napoca, Romania' }]);
    expect(facts('partners', 'lviv-it', 'es')[1]!.items[0]!.text).toBe('Ucrania');
  });

  it('shows the website by its host and links to the full address', () => {
    expect(facts('partners', 'cluj-it', 'bg')[2]!.items).toEqual([{ text: 'www.clujit.ro', href: 'https://www.clujit.ro/en/' }]);
  });

  it('leaves out the website when the organisation has none', () => {
    const lviv = facts('partners', 'lviv-it', 'uk');
    expect(lviv).toHaveLength(2);
    expect(lviv.some((f) => f.labelKey === 'partner.website')).toBe(false);
  });

  it('gives no facts for a profile without organisation data', () => {
    expect(facts('partners', 'unknown-cluster', 'en')).toEqual([]);
  });
});

describe('fact labels', () => {
  const locales = ['en', 'uk', 'ro', 'es', 'bg'] as const;

  it('are UI strings in every language, never a raw key', () => {
    for (const locale of locales) {
      const all = [
        ...facts('partners', 'cluj-it', locale),
        ...facts('studies', 'it-market', locale, { status: 'planned', partners: [{ id: 'cluj-it' }], topics: ['training'] }),
      ];
      expect(all).toHaveLength(6);
      for (const { labelKey } of all) {
        const label = useTranslations(locale).t(labelKey);
        expect(label, `${locale} ${labelKey}`).not.toBe(labelKey);
        expect(label.trim(), `${locale} ${labelKey}`).not.toBe('');
      }
    }
  });
});

describe('buildArticleFacts for an article', () => {
  it('links each partner to its profile in the reader’s locale, under its own name', () => {
    const [partners] = facts('news', 'kickoff', 'ro', { partners: [{ id: 'cluj-it' }, { id: 'lviv-it' }] });
    expect(partners).toEqual({
      labelKey: 'article.partners',
      items: [
        { text: 'Cluj IT Cluster', href: '/ro/partners/cluj-it/' },
        { text: 'Lviv IT Cluster', href: '/ro/partners/lviv-it/' },
      ],
    });
  });

  it('names an unknown partner by its id', () => {
    const [partners] = facts('news', 'kickoff', 'uk', { partners: [{ id: 'new-cluster' }] });
    expect(partners!.items).toEqual([{ text: 'new-cluster', href: '/uk/partners/new-cluster/' }]);
  });

  it('labels topics in the reader’s language and links them to the topic pages', () => {
    const [topics] = facts('news', 'kickoff', 'uk', { topics: ['market-entry', 'networking'] });
    expect(topics).toEqual({
      labelKey: 'article.topics',
      items: [
        { text: 'Вихід на ринок ЄС', href: '/uk/topics/market-entry/' },
        { text: 'Нетворкінг', href: '/uk/topics/networking/' },
      ],
    });
    expect(facts('news', 'kickoff', 'en', { topics: ['market-entry'] })[0]!.items).toEqual([
      { text: 'EU market entry', href: '/en/topics/market-entry/' },
    ]);
  });

  it('labels a study’s status in the reader’s language', () => {
    expect(facts('studies', 'it-market', 'uk', { status: 'in-progress' })).toEqual([
      { labelKey: 'article.status', items: [{ text: 'Триває' }] },
    ]);
  });

  it('orders status, partners and topics', () => {
    const all = facts('studies', 'it-market', 'es', { status: 'published', partners: [{ id: 'cluj-it' }], topics: ['training'] });
    expect(all.map((f) => f.labelKey)).toEqual(['article.status', 'article.partners', 'article.topics']);
  });

  it('gives no facts when the article has no partners, topics or status', () => {
    expect(facts('news', 'kickoff', 'en', { partners: [], topics: [] })).toEqual([]);
  });

  it('throws for a topic that has no label rather than printing a raw key', () => {
    expect(() => facts('news', 'kickoff', 'bg', { topics: ['astrology'] })).toThrow(/Missing UI string "topics.astrology" for locale "bg"/);
  });
});
