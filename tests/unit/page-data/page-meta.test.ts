import { describe, it, expect } from 'vitest';
import { buildPageMeta } from '../../../src/lib/page-data/page-meta';
import { rootUrls as urls } from '../../helpers/entries';
import type { Locale } from '../../../src/i18n/locales';

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
