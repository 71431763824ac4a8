/**
 * The "Draft — not published" banner as an article page renders it: on every page of a draft in the
 * editors' preview (a map built with includeDrafts), in the page's language, and on no page of a
 * published document. That a build never has a draft at all is tests/site/built-site.test.ts's part.
 */
import { describe, it, expect } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import ArticleLayout from '../../../src/layouts/ArticleLayout.astro';
import { buildTranslationMap, resolveVersion, type TranslatedDocument } from '../../../src/lib/content/translation-map';
import { buildArticlePage } from '../../../src/lib/page-data/article';
import { useTranslations } from '../../../src/i18n/translator';
import type { Locale } from '../../../src/i18n/locales';
import { selectors } from '../../../src/lib/outputs/dom-contract';
import { entry, fixtureToday, rootUrls as urls, type FixtureEntry } from '../../helpers/entries';

const container = await AstroContainer.create();

async function render(doc: TranslatedDocument<FixtureEntry>, locale: Locale) {
  const article = buildArticlePage({
    doc,
    version: resolveVersion(doc, locale),
    headings: [],
    context: { organisations: new Map(), topicIndex: new Map(), partnerIndex: new Map(), statusOf: new Map() },
    translator: useTranslations(locale),
    urls,
    fileSize: () => 0,
    repository: null,
  });
  return parse(await container.renderToString(ArticleLayout, { props: { article }, slots: { default: '<p>Text.</p>' } }));
}

const pubDate = new Date('2025-01-10');

describe('the draft banner', () => {
  const preview = buildTranslationMap([entry('news', 'en', 'meeting', { pubDate, draft: true }), entry('news', 'uk', 'meeting')], { today: fixtureToday, includeDrafts: true });
  const doc = preview.get('news', 'meeting')!;

  it('says "Draft — not published" in the page\'s language on a draft and on its translation', async () => {
    const expected: Partial<Record<Locale, string>> = {
      en: 'Draft — not published',
      uk: 'Чернетка — не опубліковано',
      ro: 'Ciornă — nepublicată',
      es: 'Borrador: no publicado',
      bg: 'Чернова — не е публикувана',
    };
    for (const [locale, text] of Object.entries(expected) as [Locale, string][]) {
      const banner = (await render(doc, locale)).querySelector(selectors.draftBanner);
      expect(banner?.textContent.trim(), locale).toBe(text);
    }
  });

  it('is absent from a published document', async () => {
    const built = buildTranslationMap([entry('news', 'en', 'meeting', { pubDate }), entry('news', 'uk', 'meeting')], { today: fixtureToday });
    for (const locale of ['en', 'uk', 'bg'] as const) expect((await render(built.get('news', 'meeting')!, locale)).querySelector(selectors.draftBanner), locale).toBeNull();
  });
});
