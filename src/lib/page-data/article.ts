import type { Locale } from '../../i18n/locales';
import type { Translator } from '../../i18n/translator';
import { isDraftVersion, type MapEntry, type ResolvedVersion, type TranslatedDocument } from '../content/translation-map';
import type { TranslationState } from '../content/freshness';
import type { Topic, PartnerRole, CountryCode } from '../content/taxonomy';
import { getCollectionSpec, isListedCollection, navSectionOf, type NavSection } from '../content/collections';
import { neutralOf } from '../content/neutral';
import { toListingItems, type ListingItem, type SwitcherLink } from '../routing/static-paths';
import { buildBreadcrumbs, breadcrumbJsonLd, type Crumb } from '../routing/breadcrumbs';
import type { UrlBuilder } from '../routing/urls';
import { buildSearchData, type SearchData } from '../search/data';
import { buildPageMeta, type HeadData } from './head';
import { buildArticleFacts, type Fact } from './article-facts';
import { buildSectionToc, type TocHeading, type TocItem } from './toc';
import { countWords, readingMinutes } from './reading-time';
import { findRelated } from './related';
import { describeDownloads, type DownloadInput, type DownloadLink } from './downloads';
import { articleJsonLd, organizationJsonLd, serializeJsonLd } from './jsonld';
import { buildEditLinks, type EditLink } from '../editing/edit-links';
import { createEditorUrls } from '../editing/repository';
import type { RepositorySettings } from '../../settings';

/** What an article page reads from a content entry (Astro's entries of every collection satisfy it). */
export interface ArticleEntry extends MapEntry {
  body?: string | undefined;
  data: MapEntry['data'] & {
    title: string;
    description: string;
    keyFindings?: readonly string[] | undefined;
    downloads?: readonly DownloadInput[] | undefined;
    /** A news item's dateline place, in the language of the file. */
    location?: string | undefined;
  };
}

/** The facts of one organisation from organisations.yaml (Astro's entry satisfies it). */
export interface OrganisationEntry {
  id: string;
  data: {
    name: string;
    role: PartnerRole;
    country: CountryCode;
    city: Readonly<Record<string, string>>;
    logo?: string | undefined;
    website?: string | undefined;
  };
}

/** What the site knows across documents, built once per build (see `getSiteContent`). */
export interface ArticleContext<E extends ArticleEntry> {
  organisations: ReadonlyMap<string, OrganisationEntry>;
  topicIndex: ReadonlyMap<Topic, readonly TranslatedDocument<E>[]>;
  partnerIndex: ReadonlyMap<string, readonly TranslatedDocument<E>[]>;
  statusOf: ReadonlyMap<TranslatedDocument<E>, Readonly<Record<Locale, TranslationState>>>;
  /** When each stale translation's original changed (src/lib/content/stale-changes.ts); absent: the notice gives no date. */
  staleSince?: ReadonlyMap<TranslatedDocument<E>, Partial<Record<Locale, Date>>> | undefined;
}

export interface ArticleInput<E extends ArticleEntry> {
  doc: TranslatedDocument<E>;
  version: ResolvedVersion<E>;
  /** Headings of the rendered text (`render(entry).headings`), for the table of contents. */
  headings: readonly TocHeading[];
  context: ArticleContext<E>;
  translator: Translator;
  urls: UrlBuilder;
  /** Size in bytes of a file under public/, e.g. `/downloads/study.pdf`. */
  fileSize: (publicPath: string) => number;
  /** Where the content is edited (src/settings.ts `repository`); null: no editing links. */
  repository: RepositorySettings | null;
}

/** A block of document cards under the article (related content, a partner's publications). */
export interface ArticleList<E extends ArticleEntry> {
  id: string;
  heading: string;
  items: ListingItem<E>[];
}

/** Everything an article page renders, decided here so the templates only place it. */
export interface ArticlePage<E extends ArticleEntry> {
  /** Language of the page's chrome (the reader's). */
  locale: Locale;
  /** Language of the text: the original's on a fallback page. */
  contentLocale: Locale;
  /**
   * `lang` for chrome (labels, headings of blocks) inside the article: the page language when the
   * text around it is in another one, otherwise nothing (it inherits the page's `lang`).
   */
  chromeLang: Locale | undefined;
  head: HeadData;
  switcher: SwitcherLink[];
  section: NavSection | undefined;
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Set on a fallback page: the original, in its language. */
  fallbackOf: { href: string; locale: Locale } | undefined;
  /** Whether the text shown is a draft (or a draft's translation): only the editors' preview has such pages. */
  draft: boolean;
  /** Set on a translation whose original changed after it was translated, with the day it changed when that is known. */
  staleOriginal: { href: string; locale: Locale; changedOn: Date | undefined } | undefined;
  published: Date | undefined;
  updated: Date | undefined;
  /** e.g. "5 minutes to read", in the page language; only where the registry asks for it. */
  readingTime: string | undefined;
  facts: Fact[];
  /** The article's sections (h2 only), for the sidebar on wide screens and the contents box on phones. */
  toc: TocItem[];
  /** Whether the text ends with a link back to the top: on pages long enough to have contents. */
  backToTop: boolean;
  keyFindings: readonly string[];
  downloads: DownloadLink[];
  /** A partner profile's logo or typographic badge. */
  partner: { name: string; logo: string | undefined } | undefined;
  lists: ArticleList<E>[];
  /** Filters and metadata for the search index (a fallback page's go to the untranslated bundle, with the original's language). */
  search: SearchData | undefined;
  /** schema.org data, serialised for a `<script type="application/ld+json">`. */
  jsonLd: string;
  /** "Edit this page", "Translate this page", "Update this translation": none while the repository is unset. */
  editLinks: EditLink[];
}

// The estimate depends only on the text, and a fallback page shows the same text in four locales.
const wordCounts = new WeakMap<object, number>();
function wordsOf(entry: ArticleEntry, locale: Locale): number {
  let words = wordCounts.get(entry);
  if (words === undefined) {
    words = countWords(entry.body ?? '', locale);
    wordCounts.set(entry, words);
  }
  return words;
}

/**
 * The view model of a detail page (a guide, study, news item, partner profile or standalone page) in
 * one locale: head and switcher, breadcrumbs, facts, ToC and reading time where the collection has
 * them, related items, downloads, fallback and stale notices, search data, JSON-LD and the editing
 * links. Both detail routes render what this returns.
 * @example buildArticlePage({ doc, version, headings, context, translator, urls, fileSize, repository }).fallbackOf // { href: '/en/guides/x/', locale: 'en' } on /bg/guides/x/
 */
export function buildArticlePage<E extends ArticleEntry>(input: ArticleInput<E>): ArticlePage<E> {
  const { doc, version, headings, context, translator, urls, fileSize, repository } = input;
  const { t } = translator;
  const { collection, slug } = doc;
  const { locale, entry, contentLocale, isFallback } = version;
  const spec = getCollectionSpec(collection);
  const neutral = neutralOf(doc);
  const { title, description } = entry.data;
  const pathFor = (l: Locale) => urls.entry(l, collection, slug);
  const originalHref = urls.entry(doc.sourceLocale, collection, slug);

  const { head, switcher } = buildPageMeta(
    {
      locale,
      title,
      description,
      pathFor,
      realLocales: doc.locales,
      fallbackFrom: isFallback ? doc.sourceLocale : undefined,
      ogType: spec.schemaType ? 'article' : 'website',
    },
    urls,
  );
  const crumbs = buildBreadcrumbs([
    { label: t('nav.home'), href: urls.home(locale) },
    ...(isListedCollection(collection) ? [{ label: t(`collections.${collection}.title`), href: urls.listing(locale, collection) }] : []),
    { label: title, href: pathFor(locale) },
  ]);
  const isStale = !isFallback && context.statusOf.get(doc)?.[locale] === 'stale';
  const organisation = collection === 'partners' ? context.organisations.get(slug) : undefined;
  // Standalone pages date their own revisions per language; elsewhere dates are neutral facts.
  const updated = spec.neutral.includes('updatedDate') ? neutral.updatedDate : entry.data.updatedDate;
  const toc = spec.toc ? buildSectionToc(headings) : [];

  return {
    locale,
    contentLocale,
    chromeLang: contentLocale === locale ? undefined : locale,
    head,
    switcher,
    section: navSectionOf(collection, slug),
    title,
    description,
    crumbs,
    fallbackOf: isFallback ? { href: originalHref, locale: doc.sourceLocale } : undefined,
    draft: isDraftVersion(doc, version),
    staleOriginal: isStale ? { href: originalHref, locale: doc.sourceLocale, changedOn: context.staleSince?.get(doc)?.[locale] } : undefined,
    published: neutral.pubDate,
    updated,
    readingTime: spec.readingTime ? t('article.readingTime', { count: readingMinutes(wordsOf(entry, contentLocale)) }) : undefined,
    facts: buildArticleFacts({ collection, slug, locale, neutral, organisations: context.organisations, translator, urls }),
    toc,
    backToTop: toc.length > 0,
    keyFindings: entry.data.keyFindings ?? [],
    downloads: describeDownloads(entry.data.downloads ?? [], fileSize, translator, urls),
    partner: organisation ? { name: organisation.data.name, logo: organisation.data.logo ? urls.asset(organisation.data.logo) : undefined } : undefined,
    lists: buildLists(input, organisation),
    search: buildSearchData({
      collection,
      slug,
      neutral,
      description,
      dateline: entry.data.location,
      organisations: context.organisations,
      translator,
      // The document's titles in its other languages: a reader who types one finds this page.
      otherTitles: [...doc.versions.values()].map((v) => v.data.title).filter((t) => t !== title),
      ...(isFallback ? { originalLocale: doc.sourceLocale } : {}),
    }),
    jsonLd: serializeJsonLd(buildJsonLd(input, head.canonical, crumbs, organisation)),
    editLinks: buildEditLinks({ doc, version, stale: isStale }, repository ? createEditorUrls(repository, urls.asset) : undefined),
  };
}

function buildLists<E extends ArticleEntry>(input: ArticleInput<E>, organisation: OrganisationEntry | undefined): ArticleList<E>[] {
  const { doc, version, context, translator, urls } = input;
  const related = getCollectionSpec(doc.collection).related;
  const lists: ArticleList<E>[] = [];
  if (related) {
    const docs = findRelated(doc, context.topicIndex, { limit: 3, collections: related.collections });
    lists.push({ id: 'related', heading: translator.t(related.headingKey), items: toListingItems(docs, version.locale, urls) });
  }
  if (organisation) {
    lists.push({
      id: 'publications',
      heading: translator.t('partnerPage.publications', { name: organisation.data.name }),
      items: toListingItems(context.partnerIndex.get(doc.slug) ?? [], version.locale, urls),
    });
  }
  return lists.filter((list) => list.items.length > 0);
}

function buildJsonLd<E extends ArticleEntry>(
  input: ArticleInput<E>,
  canonical: string,
  crumbs: readonly Crumb[],
  organisation: OrganisationEntry | undefined,
): object[] {
  const { doc, version, context, translator, urls } = input;
  const { locale, contentLocale, entry } = version;
  const schemaType = getCollectionSpec(doc.collection).schemaType;
  const neutral = neutralOf(doc);
  const partnerUrl = (id: string) => urls.absolute(urls.entry(locale, 'partners', id));
  const data: object[] = [];
  if (schemaType && neutral.pubDate) {
    data.push(
      articleJsonLd({
        type: schemaType,
        headline: entry.data.title,
        description: entry.data.description,
        url: canonical,
        inLanguage: contentLocale,
        datePublished: neutral.pubDate,
        ...(neutral.updatedDate ? { dateModified: neutral.updatedDate } : {}),
        // The site publishes its pages: no organisation is named as publisher (FACTS names none).
        publisher: { name: translator.t('site.name'), url: urls.absolute(urls.home(locale)) },
        about: (neutral.topics ?? []).map((topic) => translator.t(`topics.${topic}`)),
        mentions: (neutral.partners ?? []).map((p) => ({ name: context.organisations.get(p.id)?.data.name ?? p.id, url: partnerUrl(p.id) })),
      }),
    );
  }
  if (organisation) {
    const locality = organisation.data.city[locale];
    data.push(
      organizationJsonLd({
        name: organisation.data.name,
        url: organisation.data.website ?? canonical,
        ...(locality ? { address: { locality, country: organisation.data.country } } : {}),
      }),
    );
  }
  data.push(breadcrumbJsonLd(crumbs, urls.absolute));
  return data;
}
