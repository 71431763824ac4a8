import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { locales, type Locale } from '../../i18n/locales';
import type { Termbase } from '../checks/termbase';
import { buildAliasTable, mergeAliasGroups, type AliasGroup, type AliasTable } from './aliases';
import { chunkFileStem, chunkVocabulary, collectWords } from './lexicon';

/**
 * Build side of the search vocabulary and alias table (the search page's side is lexicon.ts,
 * aliases.ts and plan.ts). Pure apart from hashing and compressing: the content is passed in.
 */

/** Text of a Markdown or MDX body as the reader sees it: no link targets, tags or import lines. */
export function markdownText(body: string): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ');
}

/** Every string inside a value (frontmatter fields: key findings, download titles, a quote). */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).flatMap(stringsOf);
  return [];
}

/** Organisation facts an alias group is built from. */
export interface OrganisationFacts {
  city: Readonly<Partial<Record<Locale, string>>>;
  country: string;
}

/**
 * The alias groups: the termbase's places (each language's form, and the refused forms readers type),
 * the partners' cities in every language, and their countries' names in every language.
 * @example aliasGroups(termbase, orgs, (code, l) => new Intl.DisplayNames([l], { type: 'region' }).of(code)!)
 */
export function aliasGroups(termbase: Termbase, organisations: readonly OrganisationFacts[], countryName: (code: string, locale: Locale) => string): AliasGroup[] {
  const places: AliasGroup[] = Object.values(termbase.places).map((place) => ({
    target: Object.fromEntries(locales.map((l) => [l, place[l].use])),
    forms: locales.flatMap((l) => place[l].avoid),
  }));
  const cities: AliasGroup[] = organisations.map((o) => ({ target: { ...o.city }, forms: [] }));
  const countries: AliasGroup[] = [...new Set(organisations.map((o) => o.country))].map((code) => ({
    target: Object.fromEntries(locales.map((l) => [l, countryName(code, l)])),
    forms: [],
  }));
  return mergeAliasGroups([...places, ...cities, ...countries]);
}

/** One language's search data: vocabulary files (compressed) and the alias table. */
export interface LocaleSearchData {
  /** Chunk key (a folded first letter) → file name under the language's folder. */
  files: Record<string, string>;
  /** File name → gzip bytes, for the endpoint that writes them. */
  bytes: Map<string, Uint8Array>;
  aliases: AliasTable;
  /** Distinct words in the vocabulary. */
  wordCount: number;
}

/**
 * Builds one language's vocabulary files from its documents' texts, each file named by its key and a
 * hash of its content (so it can be cached for ever), and its alias table.
 */
export function buildLocaleSearchData(texts: Iterable<string>, groups: readonly AliasGroup[], locale: Locale): LocaleSearchData {
  const counts = collectWords(texts);
  const files: Record<string, string> = {};
  const bytes = new Map<string, Uint8Array>();
  for (const [key, words] of chunkVocabulary(counts)) {
    const text = words.join('\n');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
    // Not .gz: static servers send .gz files with Content-Encoding: gzip, and the browser would unpack them first.
    const name = `${chunkFileStem(key)}.${hash}.words`;
    files[key] = name;
    bytes.set(name, gzipSync(text, { level: 9 }));
  }
  return { files, bytes, aliases: buildAliasTable(groups, locale), wordCount: counts.size };
}
