import { parse, type HTMLElement } from 'node-html-parser';
import { isLocale, type Locale } from '../../../src/i18n/locales';
import { hasNoindexMeta } from '../../../src/lib/outputs/sitemap';
import { selectors } from '../../../src/lib/outputs/dom-contract';

/** One problem found in the built site: where, which element, which rule. */
export interface Finding {
  page: string;
  element: string;
  rule: string;
  message: string;
}

/** What the gate reads; the caller reads dist/ (or builds a fixture) and passes it in. */
export interface SiteInput {
  /** Every built HTML page: URL path (e.g. '/uk/news/') → its HTML. */
  pages: ReadonlyMap<string, string>;
  /** Every other built file as a URL path (e.g. '/_astro/x.css', '/uk/rss.xml'). */
  files: ReadonlySet<string>;
  /** Paths listed in the sitemap. */
  sitemap: readonly string[];
  /** Absolute origin the site is built for, e.g. 'http://127.0.0.1:4321'. */
  site: string;
  /** English UI strings: any of them in the chrome of a non-English page is untranslated. */
  englishStrings: ReadonlySet<string>;
  /** The bytes of a built file at a URL path (e.g. '/og/uk/index.png'), undefined when there is none. */
  readFile: (path: string) => Uint8Array | undefined;
  /** src/settings.ts names a repository: every article ends with editing links; otherwise no page has any. */
  editLinks: boolean;
}

/** A link or asset reference on a page that stays on the site. */
export interface LocalReference {
  element: HTMLElement;
  /** The attribute value as written. */
  ref: string;
  /** Site path without query or fragment, decoded. */
  path: string;
  fragment: string | undefined;
  /** A built page or file answers at `path`. */
  exists: boolean;
  /** Inside the language switcher, whose links have their own rule. */
  inSwitcher: boolean;
}

/** One built page, parsed once and shared by every rule. */
export interface BuiltPage {
  path: string;
  /** From the first path segment; undefined for the chooser and other pages outside every locale. */
  locale: Locale | undefined;
  /** The HTML as built, for what the parsed tree no longer shows (what stands outside `<html>`). */
  source: string;
  root: HTMLElement;
  /** The `<html>` element, if the page has one. */
  html: HTMLElement | undefined;
  ids: ReadonlySet<string>;
  /** Path of the canonical URL, when there is an absolute or relative canonical link. */
  canonicalPath: string | undefined;
  /** The fallback notice, found by its DOM-contract attribute. */
  notice: HTMLElement | undefined;
  /**
   * A fallback page: it shows the notice, or its canonical is a page in another language (how
   * `buildHead` marks a fallback). Two independent marks, so losing one is reported, not ignored.
   */
  isFallback: boolean;
  noindex: boolean;
  references: readonly LocalReference[];
}

export interface BuiltSite {
  origin: string;
  pages: ReadonlyMap<string, BuiltPage>;
  sitemap: readonly string[];
  englishStrings: ReadonlySet<string>;
  /** See {@link SiteInput.editLinks}. */
  editLinks: boolean;
  /** Whether a built page or file answers at this site path. */
  exists(path: string): boolean;
  /** The bytes of a built file at this site path. */
  readFile(path: string): Uint8Array | undefined;
}

/** Reports a problem on the page being checked. */
export type PageReport = (element: HTMLElement | string, rule: string, message: string) => void;
/** Reports a problem on any page (site-wide rules). */
export type SiteReport = (page: string, element: HTMLElement | string, rule: string, message: string) => void;

/**
 * One rule of the gate, in its own module under rules/. A rule that expects an element (the switcher,
 * the notice) reports its absence, so a renamed class or attribute fails the gate.
 */
export interface SiteRule {
  /** The module name, e.g. 'hreflang'. */
  name: string;
  /** The finding ids it may report; the runner refuses any other. */
  ids: readonly string[];
  checkPage?(page: BuiltPage, site: BuiltSite, report: PageReport): void;
  checkSite?(site: BuiltSite, report: SiteReport): void;
}

/**
 * The locale a site path belongs to, from its first segment.
 * @example localeOfPath('/uk/news/') // 'uk'
 * @example localeOfPath('/status/translations/') // undefined
 */
export function localeOfPath(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/** A short description of an element for a finding, e.g. `<a.skip-link href="#main">`. */
export function describeElement(el: HTMLElement | string): string {
  if (typeof el === 'string') return el;
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  const href = el.getAttribute('href');
  return `<${el.rawTagName}${id ? `#${id}` : ''}${cls ? `.${cls.split(/\s+/)[0]}` : ''}${href ? ` href="${href}"` : ''}>`;
}

/**
 * Resolves an href found on `page` to a site path without fragment, or undefined for external and
 * special links.
 * @example resolveInternal('../#top', '/uk/news/x/', 'https://x.org') // { path: '/uk/news/', fragment: 'top' }
 */
export function resolveInternal(href: string, page: string, origin: string): { path: string; fragment: string | undefined } | undefined {
  if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) return undefined;
  const url = new URL(href, `${origin}${page}`);
  if (url.origin !== origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/** Links and assets; hreflang alternates and the canonical have rules of their own. */
function collectReferences(root: HTMLElement, path: string, origin: string, exists: (p: string) => boolean): LocalReference[] {
  return root.querySelectorAll('a[href], link[href], img[src], script[src]').flatMap((element) => {
    const rel = element.rawTagName === 'link' ? element.getAttribute('rel') : undefined;
    if (rel === 'canonical' || (rel === 'alternate' && element.getAttribute('hreflang'))) return [];
    const ref = element.getAttribute('href') ?? element.getAttribute('src')!;
    const target = resolveInternal(ref, path, origin);
    if (!target) return [];
    return [{ element, ref, ...target, exists: exists(target.path), inSwitcher: element.closest(selectors.languageSwitcher) !== null }];
  });
}

/**
 * Parses every page once and derives what several rules need: locale, ids, canonical, fallback, noindex
 * and local references.
 */
export function readSite(input: SiteInput): BuiltSite {
  const origin = new URL(input.site).origin;
  const exists = (path: string) => input.pages.has(path) || input.files.has(path);
  const pages = new Map<string, BuiltPage>();
  for (const [path, source] of input.pages) {
    const root = parse(source);
    const locale = localeOfPath(path);
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    const canonicalPath = canonical ? new URL(canonical, `${origin}${path}`).pathname : undefined;
    const canonicalLocale = canonicalPath ? localeOfPath(canonicalPath) : undefined;
    const notice = root.querySelector(selectors.fallbackNotice) ?? undefined;
    pages.set(path, {
      path,
      locale,
      source,
      root,
      html: root.querySelector('html') ?? undefined,
      ids: new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!)),
      canonicalPath,
      notice,
      isFallback: notice !== undefined || (locale !== undefined && canonicalLocale !== undefined && canonicalLocale !== locale),
      noindex: hasNoindexMeta(root),
      references: collectReferences(root, path, origin, exists),
    });
  }
  return { origin, pages, sitemap: input.sitemap, englishStrings: input.englishStrings, editLinks: input.editLinks, exists, readFile: input.readFile };
}
