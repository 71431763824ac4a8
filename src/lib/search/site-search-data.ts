import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/translator';
import { readFileSync } from 'node:fs';
import { parseTermbase, termbaseFile } from '../checks/termbase';
import { getSiteContent } from '../content/site-content';
import { topicKeys } from '../content/taxonomy';
import { collectionNames } from '../content/collections';
import { aliasGroups, buildLocaleSearchData, markdownText, stringsOf, type LocaleSearchData } from './build-data';

/**
 * The site's search data per language, built once per build from the content: the vocabulary of
 * every document the reader's search finds (its translations, and the originals of documents not yet
 * translated, which the search shows after the local results), and the alias table. Read by the
 * search page (file names, aliases) and by the endpoint that writes the vocabulary files.
 */
const cache = new Map<Locale, Promise<LocaleSearchData & { untranslated: number }>>();

export function getSearchData(locale: Locale): Promise<LocaleSearchData & { untranslated: number }> {
  let data = cache.get(locale);
  if (!data) cache.set(locale, (data = load(locale)));
  return data;
}

async function load(locale: Locale) {
  const { map, organisations } = await getSiteContent();
  const translator = useTranslations(locale);
  const texts: string[] = [];
  let untranslated = 0;
  for (const doc of map.documents) {
    const entry = doc.versions.get(locale) ?? doc.source;
    if (!doc.versions.has(locale)) untranslated++;
    // Its titles in every language are searchable on its page (metadata `aka`).
    const parts = [markdownText(entry.body ?? ''), ...stringsOf(entry.data), ...[...doc.versions.values()].map((v) => v.data.title)];
    const org = doc.collection === 'partners' ? organisations.get(doc.slug) : undefined;
    if (org) parts.push(org.data.name, org.data.city[locale] ?? '', translator.countryName(org.data.country));
    texts.push(parts.join('\n'));
  }
  // The labels a page shows in the reader's language: types and topics (on fallback pages too).
  texts.push([...collectionNames.map((c) => translator.t(`search.types.${c}`)), ...topicKeys.map((k) => translator.t(`topics.${k}`))].join('\n'));
  const groups = aliasGroups(
    // From the project root: this module is bundled, so a path relative to it would not resolve.
    parseTermbase(readFileSync(termbaseFile, 'utf8')),
    [...organisations.values()].map((o) => ({ city: o.data.city, country: o.data.country })),
    (code, l) => useTranslations(l).countryName(code),
  );
  return { ...buildLocaleSearchData(texts, groups, locale), untranslated };
}

