import type { APIRoute, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import { urls } from '../../lib/routing/urls';
import { localeStaticPaths } from '../../lib/routing/static-paths';
import { renderRss, selectFeedItems } from '../../lib/outputs/feed';
import { getSiteContent } from '../../lib/content/site-content';
import { neutralOf } from '../../lib/content/neutral';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** The news of one locale as RSS 2.0: real translations only, never fallback pages. */
export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const { locale } = props;
  const { t } = useTranslations(locale);
  const { map } = await getSiteContent();
  const news = map.documents.filter((d) => d.collection === 'news');
  const items = selectFeedItems(news, locale, (doc, entry) => {
    const neutral = neutralOf(doc);
    const link = urls.absolute(urls.entry(locale, 'news', doc.slug));
    return {
      title: entry.data.title,
      description: entry.data.description,
      link,
      guid: link,
      pubDate: neutral.pubDate!,
      categories: (neutral.topics ?? []).map((topic) => t(`topics.${topic}`)),
    };
  });
  const xml = renderRss(
    {
      title: t('feed.title'),
      description: t('feed.description'),
      link: urls.absolute(urls.listing(locale, 'news')),
      selfLink: urls.absolute(urls.feed(locale)),
      language: locale,
    },
    items,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
