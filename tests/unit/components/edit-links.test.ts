/**
 * The editing links as a built article shows them, rendered through ArticleLayout with the repository
 * setting as an operator would write it for each host (tests/helpers/settings.ts): exact URLs for
 * the original, an up-to-date and a stale translation, and a fallback page; and nothing while unset.
 */
import { describe, it, expect } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import ArticleLayout from '../../../src/layouts/ArticleLayout.astro';
import EditLinks from '../../../src/components/EditLinks.astro';
import { buildTranslationMap, resolveVersion, type TranslatedDocument } from '../../../src/lib/content/translation-map';
import { buildArticlePage } from '../../../src/lib/page-data/article';
import { useTranslations } from '../../../src/i18n/translator';
import { locales, type Locale } from '../../../src/i18n/locales';
import type { TranslationState } from '../../../src/lib/content/freshness';
import type { RepositorySettings } from '../../../src/settings';
import { selectors } from '../../../src/lib/outputs/dom-contract';
import { entry, fixtureToday, rootUrls as urls, type FixtureEntry } from '../../helpers/entries';
import { fixtureRepositories } from '../../helpers/settings';

const container = await AstroContainer.create();
const map = buildTranslationMap(
  [entry('guides', 'en', 'gdpr', { pubDate: new Date('2025-01-10'), topics: ['legal-compliance'] }), entry('guides', 'uk', 'gdpr'), entry('guides', 'ro', 'gdpr')],
  { today: fixtureToday },
);
const doc = map.get('guides', 'gdpr')!;
// Romanian is stale: its original changed after it was translated.
const states: Record<Locale, TranslationState> = { en: 'original', uk: 'up-to-date', ro: 'stale', es: 'missing', bg: 'missing' };

async function render(locale: Locale, repository: RepositorySettings | null) {
  const article = buildArticlePage({
    doc,
    version: resolveVersion(doc, locale),
    headings: [],
    context: { organisations: new Map(), topicIndex: new Map(), partnerIndex: new Map(), statusOf: new Map<TranslatedDocument<FixtureEntry>, typeof states>([[doc, states]]) },
    translator: useTranslations(locale),
    urls,
    fileSize: () => 0,
    repository,
  });
  return parse(await container.renderToString(ArticleLayout, { props: { article }, slots: { default: '<p>Text.</p>' } }));
}
const linksOf = (root: ReturnType<typeof parse>) => root.querySelectorAll(selectors.editLinks).map((a) => [a.textContent, a.getAttribute('href')]);

/** The URLs each host's editor gets, for the file shown and, on a fallback page, the file to create. */
const expected = {
  github: {
    edit: (l: Locale) => `https://github.com/example-org/itbridge-site/edit/main/content/guides/${l}/gdpr.md`,
    create: (l: Locale) => `https://github.com/example-org/itbridge-site/new/main?filename=content/guides/${l}/gdpr.md`,
  },
  gitlab: {
    edit: (l: Locale) => `https://gitlab.com/example-group/itbridge-site/-/edit/main/content/guides/${l}/gdpr.md`,
    create: (l: Locale) => `https://gitlab.com/example-group/itbridge-site/-/new/main/content/guides/${l}?file_name=gdpr.md`,
  },
  forgejo: {
    edit: (l: Locale) => `https://codeberg.org/example-org/itbridge-site/_edit/main/content/guides/${l}/gdpr.md`,
    create: (l: Locale) => `https://codeberg.org/example-org/itbridge-site/_new/main?filename=content/guides/${l}/gdpr.md`,
  },
  cms: { edit: () => '/admin/#/collections/guides/entries/gdpr', create: () => '/admin/#/collections/guides/entries/gdpr' },
} as const;

describe('the editing links of an article', () => {
  it('are not rendered at all while the repository is unset', async () => {
    for (const locale of locales) {
      const html = (await render(locale, null)).toString();
      expect(html, locale).not.toContain('edit-links');
      expect(html, locale).not.toMatch(/github|gitlab|codeberg|\/admin\//);
    }
    expect((await container.renderToString(EditLinks, { props: { locale: 'en', links: [] } })).trim()).toBe('');
  });

  for (const [host, url] of Object.entries(expected)) {
    it(`point to the ${host} editor: the file shown, the original and a new file on a fallback page, the translation when stale`, async () => {
      const settings = fixtureRepositories[host as keyof typeof fixtureRepositories];
      const t = (l: Locale) => useTranslations(l).t;
      expect(linksOf(await render('en', settings))).toEqual([[t('en')('editLinks.edit'), url.edit('en')]]);
      expect(linksOf(await render('uk', settings))).toEqual([[t('uk')('editLinks.edit'), url.edit('uk')]]);
      expect(linksOf(await render('ro', settings))).toEqual([[t('ro')('editLinks.update'), url.edit('ro')]]);
      for (const fallback of ['es', 'bg'] as const) {
        expect(linksOf(await render(fallback, settings))).toEqual([
          [t(fallback)('editLinks.edit'), url.edit('en')],
          [t(fallback)('editLinks.translate'), url.create(fallback)],
        ]);
      }
    });
  }

  it('say what they do in the reader’s language, the translation link naming it', async () => {
    const root = await render('bg', fixtureRepositories.github);
    expect(linksOf(root).map(([text]) => text)).toEqual(['Редактиране на страницата', 'Превод на страницата на български език']);
    expect(linksOf(await render('es', fixtureRepositories.github)).map(([text]) => text)).toEqual(['Editar esta página', 'Traducir esta página al español']);
    expect(linksOf(await render('ro', fixtureRepositories.github)).map(([text]) => text)).toEqual(['Actualizați această traducere']);
  });

  it('sit after the article, out of the search index and the indexed text, as links only (no script)', async () => {
    const root = await render('bg', fixtureRepositories.gitlab);
    const list = root.querySelector('ul.edit-links')!;
    expect(list.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(list.closest('article')).toBeNull();
    expect(list.previousElementSibling?.tagName).toBe('ARTICLE');
    expect(list.querySelectorAll('a').every((a) => a.getAttribute('rel') === 'nofollow')).toBe(true);
    expect(root.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});
