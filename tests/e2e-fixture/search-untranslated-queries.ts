/**
 * Untranslated documents found from another locale's search, on the fixture site (tests/fixtures/content/),
 * used by search-untranslated.spec.ts. The fixture guide (fixture-guide), study (fixture-study) and
 * partner (alpha-cluster) exist only in English, and the fixture news item (first-news) in English and
 * Ukrainian, so the other locales show fallback pages of them. Each case is what a reader of that
 * locale could type to find one — its Latin title words, the partner's name, or a topic label, which
 * the fallback page shows in the reader's language — and the reader-locale fallback URL that must be in
 * the top five. Same format as the real site's tests/e2e/search-queries.ts; the expected URLs are checked
 * against the fixture content by tests/unit/tools/search-queries.test.ts.
 */

import type { SearchCase } from '../helpers/search-metrics';
import type { Locale } from '../../src/i18n/locales';

export const untranslatedCases: Record<Exclude<Locale, 'en'>, SearchCase[]> = {
  uk: [
    { query: 'Fixture guide', expect: ['/uk/guides/fixture-guide/'], category: 'untranslated', note: "the English-only guide's title, in Latin script" },
    { query: 'Alpha Cluster', expect: ['/uk/partners/alpha-cluster/'], category: 'untranslated', note: "the English-only partner's name (the Ukrainian news 'Тестова новина' names it only in its facts, which are not indexed)" },
    { query: 'fixture study', expect: ['/uk/studies/fixture-study/'], category: 'untranslated', note: "the English-only study's title, in lower case" },
    { query: 'Fixture report', expect: ['/uk/studies/fixture-study/'], category: 'untranslated', note: "the title of the study's download ('Файли для завантаження: Fixture report')" },
    { query: 'вихід на ринок ЄС', expect: ['/uk/guides/fixture-guide/'], category: 'untranslated', note: "the guide's topic market-entry as its fallback page labels it in Ukrainian ('Теми: Вихід на ринок ЄС')" },
  ],
  ro: [
    { query: 'Fixture guide', expect: ['/ro/guides/fixture-guide/'], category: 'untranslated', note: "the English-only guide's title" },
    { query: 'Alpha Cluster', expect: ['/ro/partners/alpha-cluster/'], category: 'untranslated', note: "the English-only partner's name" },
    { query: 'Fixture study', expect: ['/ro/studies/fixture-study/'], category: 'untranslated', note: "the English-only study's title" },
    { query: 'Fixture news item', expect: ['/ro/news/first-news/'], category: 'untranslated', note: 'the news title: the news exists in English and Ukrainian, not in Romanian' },
    { query: 'intrarea pe piața UE', expect: ['/ro/guides/fixture-guide/'], category: 'untranslated', note: "the guide's topic market-entry as its fallback page labels it in Romanian ('Teme: Intrarea pe piața UE')" },
  ],
  es: [
    { query: 'fixture guide', expect: ['/es/guides/fixture-guide/'], category: 'untranslated', note: "the English-only guide's title, in lower case" },
    { query: 'Alpha Cluster', expect: ['/es/partners/alpha-cluster/'], category: 'untranslated', note: "the English-only partner's name" },
    { query: 'Fixture study', expect: ['/es/studies/fixture-study/'], category: 'untranslated', note: "the English-only study's title" },
    { query: 'Fixture news', expect: ['/es/news/first-news/'], category: 'untranslated', note: "two words of the news title 'Fixture news item' (English and Ukrainian only)" },
    { query: 'investigación de mercados', expect: ['/es/studies/fixture-study/'], category: 'untranslated', note: "the study's topic market-research as its fallback page labels it in Spanish ('Temas: Investigación de mercados')" },
  ],
  bg: [
    { query: 'Fixture guide', expect: ['/bg/guides/fixture-guide/'], category: 'untranslated', note: "the English-only guide's title" },
    { query: 'Alpha Cluster', expect: ['/bg/partners/alpha-cluster/'], category: 'untranslated', note: "the English-only partner's name (the news item, English-only too, names it only in its facts)" },
    { query: 'Fixture study', expect: ['/bg/studies/fixture-study/'], category: 'untranslated', note: "the English-only study's title" },
    { query: 'навлизане на пазара на ЕС', expect: ['/bg/guides/fixture-guide/'], category: 'untranslated', note: "the guide's topic market-entry as its fallback page labels it in Bulgarian ('Теми: Навлизане на пазара на ЕС')" },
    { query: 'изграждане на контакти', expect: ['/bg/news/first-news/'], category: 'untranslated', note: "the news item's topic networking as its fallback page labels it in Bulgarian (English and Ukrainian only)" },
  ],
};
