import { getLocaleInfo, locales, defaultLocale, type Locale } from '../../i18n/locales';
import type { UrlBuilder } from '../routing/urls';
import { buildSwitcherLinks, type SwitcherLink } from '../routing/static-paths';
import { countGraphemes, truncateAtWord } from '../format/truncate';
import { noindexDirective } from '../outputs/dom-contract';
import { shareImage, shareImagePath } from '../outputs/share-image';

export interface AlternateLink {
  hreflang: Locale | 'x-default';
  href: string;
}

export interface HeadInput {
  locale: Locale;
  title: string;
  description: string;
  /** This page's own path, from the URL builder. */
  path: string;
  /** Paths of the real versions of this page in every locale that has one (this page included). */
  translations: ReadonlyArray<{ locale: Locale; path: string }>;
  /** A fallback page: noindex, canonical to the original, no alternates. */
  fallbackOf?: { path: string };
  /** A page that is never indexed (e.g. not-found pages): self canonical, no alternates. */
  noindex?: boolean;
  ogType?: 'website' | 'article';
}

export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  robots: string | undefined;
  alternates: AlternateLink[];
  og: { type: 'website' | 'article'; url: string; locale: string; localeAlternates: string[]; title: string; description: string };
  /** The share image (og:image, twitter:card), drawn at build time by src/integrations/share-images.ts. */
  image: ShareImageMeta;
}

export interface ShareImageMeta {
  /** Absolute URL of the PNG, from {@link shareImagePath}: the file the build draws for this page. */
  url: string;
  width: number;
  height: number;
  type: string;
  /** What the image shows: the page title (or the site's name and tagline on the default image). */
  alt: string;
}

/**
 * The share image of the page at `path` (a site path from the URL builder): its absolute URL, size,
 * type and alt text. Pages outside every locale get the site-wide default image.
 * @example shareImageMeta('/uk/guides/gdpr/', 'GDPR', urls).url // 'https://…/og/uk/guides/gdpr.png'
 */
export function shareImageMeta(path: string, alt: string, urls: UrlBuilder): ShareImageMeta {
  return { url: urls.absolute(shareImagePath(path, urls.chooser())), width: shareImage.width, height: shareImage.height, type: shareImage.type, alt };
}

/**
 * Builds canonical, robots, hreflang alternates and Open Graph data for one page.
 * Real pages: self-referencing canonical, every real translation (self included) plus x-default → `/`.
 * Fallback pages: `noindex`, canonical to the original, and no alternates (they are not translations).
 * @example buildHead({ locale: 'ro', …, fallbackOf: { path: '/en/guides/x/' } }, urls).robots // 'noindex'
 */
export function buildHead(input: HeadInput, urls: UrlBuilder): HeadData {
  const isFallback = input.fallbackOf !== undefined;
  const canonical = urls.absolute(isFallback ? input.fallbackOf!.path : input.path);
  const real = isFallback || input.noindex ? [] : sortByRegistry(input.translations);
  if (real.length && !real.some((t) => t.locale === input.locale && t.path === input.path)) {
    throw new Error(`buildHead: ${input.path} must be among its own translations`);
  }
  const alternates: AlternateLink[] = real.length
    ? [
        ...real.map((t) => ({ hreflang: t.locale, href: urls.absolute(t.path) })),
        { hreflang: 'x-default', href: urls.absolute(urls.chooser()) },
      ]
    : [];
  return {
    title: input.title,
    description: input.description,
    canonical,
    robots: isFallback || input.noindex ? noindexDirective : undefined,
    alternates,
    og: {
      type: input.ogType ?? 'website',
      url: canonical,
      locale: getLocaleInfo(input.locale).og,
      localeAlternates: real.filter((t) => t.locale !== input.locale).map((t) => getLocaleInfo(t.locale).og),
      title: input.title,
      description: input.description,
    },
    image: shareImageMeta(input.path, input.title, urls),
  };
}

function sortByRegistry<T extends { locale: Locale }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
}

/**
 * Head data for the language chooser at `/`: it is the x-default, and each locale's home page is its
 * alternate in that language.
 */
export function buildChooserHead(title: string, description: string, urls: UrlBuilder): HeadData {
  const canonical = urls.absolute(urls.chooser());
  return {
    title,
    description,
    canonical,
    robots: undefined,
    alternates: [
      ...locales.map((l) => ({ hreflang: l, href: urls.absolute(urls.home(l)) })),
      { hreflang: 'x-default' as const, href: canonical },
    ],
    og: { type: 'website', url: canonical, locale: getLocaleInfo(defaultLocale).og, localeAlternates: [], title, description },
    // The default image shows the tagline and the five languages: what the chooser's description says.
    image: shareImageMeta(urls.chooser(), description, urls),
  };
}

/**
 * The document `<title>`: the site's template ("Title | ITBridge") when it fits in `max` characters
 * (search engines cut longer titles), else the bare title, else the bare title cut at a word with "…".
 * @example fitTitle('A very long headline … | ITBridge', 'A very long headline …') // the bare headline
 */
export function fitTitle(withSiteName: string, bare: string, max = 70): string {
  if (countGraphemes(withSiteName) <= max) return withSiteName;
  return truncateAtWord(bare, max);
}

export interface PageMetaInput {
  locale: Locale;
  title: string;
  description: string;
  /** The URL of this page in any locale (the same page in another language). */
  pathFor: (locale: Locale) => string;
  /** Locales with a real version of this page; every locale by default (chrome pages exist in all five). */
  realLocales?: readonly Locale[];
  /** Locale of the original, when this page is a fallback showing it. */
  fallbackFrom?: Locale | undefined;
  noindex?: boolean;
  ogType?: 'website' | 'article';
}

/**
 * Head data and language-switcher links for a page, from one description of where the page lives in
 * each locale. Templates call this instead of assembling hreflang or switcher URLs themselves.
 */
export function buildPageMeta(input: PageMetaInput, urls: UrlBuilder): { head: HeadData; switcher: SwitcherLink[] } {
  const real = input.realLocales ?? locales;
  const head = buildHead(
    {
      locale: input.locale,
      title: input.title,
      description: input.description,
      path: input.pathFor(input.locale),
      translations: real.map((l) => ({ locale: l, path: input.pathFor(l) })),
      ...(input.fallbackFrom ? { fallbackOf: { path: input.pathFor(input.fallbackFrom) } } : {}),
      noindex: input.noindex ?? false,
      ogType: input.ogType ?? 'website',
    },
    urls,
  );
  return { head, switcher: buildSwitcherLinks(input.locale, input.pathFor) };
}
