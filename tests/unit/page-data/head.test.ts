import { describe, it, expect } from 'vitest';
import { buildHead, buildChooserHead, buildPageMeta, fitTitle, type HeadInput } from '../../../src/lib/page-data/head';
import { rootUrls as urls, subUrls } from '../../helpers/entries';
import { shareImagePath } from '../../../src/lib/outputs/share-image';
import type { Locale } from '../../../src/i18n/locales';

const entryPath = (l: Locale) => urls.entry(l, 'news', 'kickoff');

/** The Ukrainian version of a news item that exists in en, uk and bg (listed out of order on purpose). */
const realPage: HeadInput = {
  locale: 'uk',
  title: 'Старт проєкту',
  description: 'Опис',
  path: entryPath('uk'),
  translations: (['bg', 'uk', 'en'] as const).map((l) => ({ locale: l, path: entryPath(l) })),
  ogType: 'article',
};

describe('buildHead for a translated page', () => {
  const head = buildHead(realPage, urls);

  it('lists every translation as an absolute hreflang alternate, in registry order, then x-default', () => {
    expect(head.alternates).toEqual([
      { hreflang: 'en', href: 'https://itbridge.test/en/news/kickoff/' },
      { hreflang: 'uk', href: 'https://itbridge.test/uk/news/kickoff/' },
      { hreflang: 'bg', href: 'https://itbridge.test/bg/news/kickoff/' },
      { hreflang: 'x-default', href: 'https://itbridge.test/' },
    ]);
  });

  it('points x-default at the language chooser', () => {
    expect(head.alternates.at(-1)).toEqual({ hreflang: 'x-default', href: urls.absolute(urls.chooser()) });
  });

  it('is its own canonical', () => {
    expect(head.canonical).toBe('https://itbridge.test/uk/news/kickoff/');
  });

  it('has no robots directive', () => {
    expect(head.robots).toBeUndefined();
  });

  it('passes title and description through', () => {
    expect(head.title).toBe('Старт проєкту');
    expect(head.description).toBe('Опис');
  });

  it('gives Open Graph the page locale, the canonical URL and the other translations as locale alternates', () => {
    expect(head.og).toEqual({
      type: 'article',
      url: 'https://itbridge.test/uk/news/kickoff/',
      locale: 'uk_UA',
      localeAlternates: ['en_GB', 'bg_BG'],
      title: 'Старт проєкту',
      description: 'Опис',
    });
  });

  it('defaults the Open Graph type to website', () => {
    const { ogType: _omit, ...input } = realPage;
    expect(buildHead(input, urls).og.type).toBe('website');
  });

  it('honours the base in every absolute URL', () => {
    const subPath = (l: Locale) => subUrls.entry(l, 'news', 'kickoff');
    const subHead = buildHead(
      { ...realPage, path: subPath('uk'), translations: (['en', 'uk'] as const).map((l) => ({ locale: l, path: subPath(l) })) },
      subUrls,
    );
    expect(subHead.canonical).toBe('https://itbridge.test/sub/uk/news/kickoff/');
    expect(subHead.alternates.map((a) => a.href)).toEqual([
      'https://itbridge.test/sub/en/news/kickoff/',
      'https://itbridge.test/sub/uk/news/kickoff/',
      'https://itbridge.test/sub/',
    ]);
  });

  it('throws when the page is not among its own translations', () => {
    const translations = (['en', 'bg'] as const).map((l) => ({ locale: l, path: entryPath(l) }));
    expect(() => buildHead({ ...realPage, translations }, urls)).toThrow(
      'buildHead: /uk/news/kickoff/ must be among its own translations',
    );
  });

  it('throws when its own locale is listed with another path', () => {
    const translations = [
      { locale: 'en' as const, path: entryPath('en') },
      { locale: 'uk' as const, path: '/uk/news/other/' },
    ];
    expect(() => buildHead({ ...realPage, translations }, urls)).toThrow(/must be among its own translations/);
  });
});

describe('buildHead for a fallback page', () => {
  // The Romanian reader gets the English original of a guide that has no Romanian translation.
  const head = buildHead(
    {
      locale: 'ro',
      title: 'GDPR',
      description: 'GDPR guide',
      path: urls.entry('ro', 'guides', 'gdpr'),
      translations: [{ locale: 'en', path: urls.entry('en', 'guides', 'gdpr') }],
      fallbackOf: { path: urls.entry('en', 'guides', 'gdpr') },
    },
    urls,
  );

  it('is noindex', () => {
    expect(head.robots).toBe('noindex');
  });

  it('is canonical to the original’s absolute URL', () => {
    expect(head.canonical).toBe('https://itbridge.test/en/guides/gdpr/');
    expect(head.og.url).toBe('https://itbridge.test/en/guides/gdpr/');
  });

  it('has no hreflang alternates and no Open Graph locale alternates', () => {
    expect(head.alternates).toEqual([]);
    expect(head.og.localeAlternates).toEqual([]);
  });

  it('does not require the fallback page among the translations', () => {
    const fallback = {
      locale: 'ro' as const,
      title: 'GDPR',
      description: 'GDPR guide',
      path: urls.entry('ro', 'guides', 'gdpr'),
      translations: [{ locale: 'en' as const, path: urls.entry('en', 'guides', 'gdpr') }],
    };
    expect(() => buildHead(fallback, urls)).toThrow(/must be among its own translations/);
    expect(() => buildHead({ ...fallback, fallbackOf: { path: urls.entry('en', 'guides', 'gdpr') } }, urls)).not.toThrow();
  });
});

describe('buildHead with noindex', () => {
  const head = buildHead(
    {
      locale: 'es',
      title: 'No encontrado',
      description: '—',
      path: urls.notFound('es'),
      translations: [{ locale: 'en', path: urls.notFound('en') }],
      noindex: true,
    },
    urls,
  );

  it('is noindex with a self canonical and no alternates', () => {
    expect(head.robots).toBe('noindex');
    expect(head.canonical).toBe('https://itbridge.test/es/404/');
    expect(head.alternates).toEqual([]);
    expect(head.og.localeAlternates).toEqual([]);
  });
});

describe('buildChooserHead', () => {
  const head = buildChooserHead('ITBridge — choose your language', 'Five languages', urls);

  it('lists the five locale homes and itself as x-default', () => {
    expect(head.alternates).toEqual([
      { hreflang: 'en', href: 'https://itbridge.test/en/' },
      { hreflang: 'uk', href: 'https://itbridge.test/uk/' },
      { hreflang: 'ro', href: 'https://itbridge.test/ro/' },
      { hreflang: 'es', href: 'https://itbridge.test/es/' },
      { hreflang: 'bg', href: 'https://itbridge.test/bg/' },
      { hreflang: 'x-default', href: 'https://itbridge.test/' },
    ]);
  });

  it('is an indexable, self-canonical website page', () => {
    expect(head.canonical).toBe('https://itbridge.test/');
    expect(head.robots).toBeUndefined();
    expect(head.og).toMatchObject({ type: 'website', url: 'https://itbridge.test/', locale: 'en_GB', localeAlternates: [] });
    expect(head.title).toBe('ITBridge — choose your language');
    expect(head.description).toBe('Five languages');
  });

  it('honours the base', () => {
    const subHead = buildChooserHead('t', 'd', subUrls);
    expect(subHead.canonical).toBe('https://itbridge.test/sub/');
    expect(subHead.alternates[0]).toEqual({ hreflang: 'en', href: 'https://itbridge.test/sub/en/' });
  });
});

describe('fitTitle', () => {
  it('keeps the site name when the whole title fits in 70 characters', () => {
    expect(fitTitle('Partners | ITBridge', 'Partners')).toBe('Partners | ITBridge');
  });
  it('drops the site name before cutting the headline', () => {
    const bare = 'Preparing a Ukrainian IT SME for EU market entry: a practical guide';
    expect(fitTitle(`${bare} | ITBridge`, bare)).toBe(bare);
  });
  it('cuts a headline longer than 70 characters at a word, with an ellipsis', () => {
    const bare = 'ITBridge стартує в Клуж-Напоці: ІТ-кластери ЄС та України об’єднують зусилля задля спільного майбутнього';
    const fitted = fitTitle(`${bare} | ITBridge`, bare);
    expect([...fitted].length).toBeLessThanOrEqual(70);
    expect(fitted.endsWith('…')).toBe(true);
    expect(bare.startsWith(fitted.slice(0, -1))).toBe(true);
    expect(fitted.slice(0, -1).endsWith(' ')).toBe(false);
  });
  it('counts characters as a reader sees them, so emoji and accents neither shorten a title early nor get cut in half', () => {
    const bare = `Cluj ${'🇷🇴'.repeat(10)} e\u0301`;
    expect(fitTitle(`${bare} | ITBridge`, bare)).toBe(`${bare} | ITBridge`);
    const long = `${'👩‍💻'.repeat(80)}`;
    expect(fitTitle(long, long)).toBe(`${'👩‍💻'.repeat(69)}…`);
  });
});

const guidePath = (l: Locale) => urls.entry(l, 'guides', 'gdpr');

describe('buildPageMeta for a fallback page', () => {
  // Spanish reader, guide exists only in English.
  const { head, switcher } = buildPageMeta(
    { locale: 'es', title: 'GDPR', description: 'd', pathFor: guidePath, realLocales: ['en'], fallbackFrom: 'en', ogType: 'article' },
    urls,
  );

  it('gives a noindex head canonical to the original, without alternates', () => {
    expect(head.robots).toBe('noindex');
    expect(head.canonical).toBe('https://itbridge.test/en/guides/gdpr/');
    expect(head.alternates).toEqual([]);
    expect(head.og.type).toBe('article');
  });

  it('still links the switcher to the page in all five locales', () => {
    expect(switcher.map((l) => l.href)).toEqual([
      '/en/guides/gdpr/',
      '/uk/guides/gdpr/',
      '/ro/guides/gdpr/',
      '/es/guides/gdpr/',
      '/bg/guides/gdpr/',
    ]);
    expect(switcher.filter((l) => l.current).map((l) => l.locale)).toEqual(['es']);
  });
});

describe('buildPageMeta for a translated page', () => {
  const { head, switcher } = buildPageMeta(
    { locale: 'uk', title: 'GDPR', description: 'd', pathFor: guidePath, realLocales: ['en', 'uk'] },
    urls,
  );

  it('is indexable, self-canonical and lists only the real locales plus x-default', () => {
    expect(head.robots).toBeUndefined();
    expect(head.canonical).toBe('https://itbridge.test/uk/guides/gdpr/');
    expect(head.alternates.map((a) => a.hreflang)).toEqual(['en', 'uk', 'x-default']);
    expect(head.og.type).toBe('website');
  });

  it('links the switcher to all five locales', () => {
    expect(switcher).toHaveLength(5);
  });
});

describe('buildPageMeta for a chrome page', () => {
  it('treats every locale as real by default', () => {
    const { head } = buildPageMeta({ locale: 'ro', title: 't', description: 'd', pathFor: (l) => urls.home(l) }, urls);
    expect(head.alternates.map((a) => a.hreflang)).toEqual(['en', 'uk', 'ro', 'es', 'bg', 'x-default']);
  });

  it('marks a noindex page with a self canonical and no alternates', () => {
    const { head, switcher } = buildPageMeta(
      { locale: 'bg', title: '404', description: 'd', pathFor: (l) => urls.notFound(l), noindex: true },
      urls,
    );
    expect(head.robots).toBe('noindex');
    expect(head.canonical).toBe('https://itbridge.test/bg/404/');
    expect(head.alternates).toEqual([]);
    expect(switcher.find((l) => l.current)?.href).toBe('/bg/404/');
  });
});

describe('the share image in the head', () => {
  it('names this page’s own PNG as an absolute URL, 1200 × 630, with the title as alt', () => {
    expect(buildHead(realPage, urls).image).toEqual({
      url: 'https://itbridge.test/og/uk/news/kickoff.png',
      width: 1200,
      height: 630,
      type: 'image/png',
      alt: 'Старт проєкту',
    });
  });

  it('names the path the generator draws at, under the site base', () => {
    const path = subUrls.entry('bg', 'guides', 'gdpr');
    const head = buildHead({ ...realPage, locale: 'bg', path, translations: [{ locale: 'bg', path }] }, subUrls);
    expect(head.image.url).toBe(subUrls.absolute(shareImagePath(path, subUrls.chooser())));
    expect(head.image.url).toBe('https://itbridge.test/sub/og/bg/guides/gdpr.png');
  });

  it('gives a fallback page its own image (with the original’s title), not the original’s', () => {
    const head = buildHead({ ...realPage, locale: 'ro', path: entryPath('ro'), fallbackOf: { path: entryPath('en') } }, urls);
    expect(head.image.url).toBe('https://itbridge.test/og/ro/news/kickoff.png');
  });

  it('gives the language chooser the site-wide default image, described by the chooser’s description', () => {
    expect(buildChooserHead('ITBridge — choose your language', 'Five languages', urls).image).toMatchObject({ url: 'https://itbridge.test/og/default.png', alt: 'Five languages' });
  });
});
