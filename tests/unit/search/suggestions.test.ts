import { describe, it, expect } from 'vitest';
import { buildTranslationMap } from '../../../src/lib/content/translation-map';
import { buildTopicIndex } from '../../../src/lib/content/indexes';
import { buildSearchSuggestions } from '../../../src/lib/search/suggestions';
import { useTranslations } from '../../../src/i18n/translator';
import { entry, rootUrls as urls, fixtureToday } from '../../helpers/entries';

const dates = ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01'];
const map = buildTranslationMap([
  ...dates.map((d, i) => entry('guides', 'en', `guide-${i}`, { pubDate: new Date(d), topics: i === 0 ? ['training'] : ['market-entry'] })),
  // Translated into Bulgarian: the oldest and two newer ones; guide-5, the newest, is English only.
  ...[0, 2, 3].map((i) => entry('guides', 'bg', `guide-${i}`)),
  entry('news', 'en', 'news-0', { pubDate: new Date('2025-07-01'), topics: ['networking'] }),
  entry('news', 'bg', 'news-0'),
], { today: fixtureToday });
const topicIndex = buildTopicIndex(map.documents);

describe('buildSearchSuggestions', () => {
  it('suggests only guides translated into the reader’s language, newest first, with their translated titles', () => {
    const { guides } = buildSearchSuggestions(map, topicIndex, useTranslations('bg'), urls);
    expect(guides.map((g) => [g.label, g.href])).toEqual([
      ['guide-3 (bg)', '/bg/guides/guide-3/'],
      ['guide-2 (bg)', '/bg/guides/guide-2/'],
      ['guide-0 (bg)', '/bg/guides/guide-0/'],
    ]);
    expect(guides[0]!.note).toBe('About guide-3, in bg.');
  });

  it('keeps at most four guides, the newest, where more are translated', () => {
    const { guides } = buildSearchSuggestions(map, topicIndex, useTranslations('en'), urls);
    expect(guides.map((g) => g.href)).toEqual(['/en/guides/guide-5/', '/en/guides/guide-4/', '/en/guides/guide-3/', '/en/guides/guide-2/']);
  });

  it('lists every topic with a page, alphabetical in the reader’s language, linking into that language', () => {
    const { t } = useTranslations('uk');
    const { topics, allTopicsHref, allGuidesHref } = buildSearchSuggestions(map, topicIndex, useTranslations('uk'), urls);
    const expected = [
      { label: t('topics.market-entry'), href: '/uk/topics/market-entry/' },
      { label: t('topics.networking'), href: '/uk/topics/networking/' },
      { label: t('topics.training'), href: '/uk/topics/training/' },
    ].sort((a, b) => a.label.localeCompare(b.label, 'uk-UA'));
    expect(topics).toEqual(expected);
    expect([allGuidesHref, allTopicsHref]).toEqual(['/uk/guides/', '/uk/topics/']);
  });

  it('suggests no guide in a language with none translated', () => {
    expect(buildSearchSuggestions(map, topicIndex, useTranslations('ro'), urls).guides).toEqual([]);
  });
});
