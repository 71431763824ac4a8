import { locales, type Locale } from '../../i18n/locales';
import { buildHead, type HeadData } from './head';
import { buildSwitcherLinks, type SwitcherLink } from '../routing/static-paths';
import type { UrlBuilder } from '../routing/urls';

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
