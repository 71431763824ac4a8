import { parse, type HTMLElement } from 'node-html-parser';
import { locales } from '../../../src/i18n/locales';

/** One problem found in the built site: where, which element, which rule. */
export interface Finding {
  page: string;
  element: string;
  rule: string;
  message: string;
}

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
}

const localeOf = (path: string) => {
  const first = path.split('/')[1] ?? '';
  return (locales as readonly string[]).includes(first) ? first : undefined;
};
const describe = (el: HTMLElement) => {
  const id = el.getAttribute('id');
  const cls = el.getAttribute('class');
  return `<${el.rawTagName}${id ? `#${id}` : ''}${cls ? `.${cls.split(/\s+/)[0]}` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}>`;
};

/** Resolves an href found on `page` to a site path without fragment, or undefined for external and special links. */
function resolveInternal(href: string, page: string, origin: string): { path: string; fragment: string | undefined } | undefined {
  if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) return undefined;
  const url = new URL(href, `${origin}${page}`);
  if (url.origin !== origin) return undefined;
  return { path: decodeURIComponent(url.pathname), fragment: url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined };
}

/**
 * The site-wide gate over the built output: links, languages, alternates, canonicals, the sitemap,
 * the language switcher and untranslated chrome. Pure: the caller reads dist/ and passes it in.
 */
export function checkSite(input: SiteInput): Finding[] {
  const findings: Finding[] = [];
  const origin = new URL(input.site).origin;
  const parsed = new Map<string, HTMLElement>();
  for (const [path, html] of input.pages) parsed.set(path, parse(html));
  const exists = (path: string) => input.pages.has(path) || input.files.has(path);
  const isFallback = (root: HTMLElement) => root.querySelector('[data-fallback-notice]') !== null;
  const ids = new Map<string, Set<string>>();
  for (const [path, root] of parsed) ids.set(path, new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!)));
  const add = (page: string, el: HTMLElement | string, rule: string, message: string) =>
    findings.push({ page, element: typeof el === 'string' ? el : describe(el), rule, message });

  for (const [page, root] of parsed) {
    const locale = localeOf(page);
    const html = root.querySelector('html');
    const fallback = isFallback(root);

    // Links, assets and fragments resolve; no jumps to another language except switcher and "original".
    for (const el of root.querySelectorAll('a[href], link[href], img[src], script[src]')) {
      const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
      if (el.rawTagName === 'link' && el.getAttribute('rel') === 'alternate' && el.getAttribute('hreflang')) continue;
      if (el.rawTagName === 'link' && el.getAttribute('rel') === 'canonical') continue;
      const target = resolveInternal(ref, page, origin);
      if (!target) continue;
      const inSwitcher = el.closest('nav.lang-switcher') !== null;
      if (!exists(target.path)) {
        // Switcher links have their own rule below.
        if (!inSwitcher) add(page, el, 'broken-link', `${ref} does not resolve to a built page or file`);
        continue;
      }
      if (target.fragment && input.pages.has(target.path) && !ids.get(target.path)?.has(target.fragment)) {
        add(page, el, 'broken-fragment', `#${target.fragment} is not an id on ${target.path}`);
      }
      const targetLocale = localeOf(target.path);
      const allowed = inSwitcher || el.hasAttribute('data-original-link');
      if (el.rawTagName === 'a' && locale && targetLocale && targetLocale !== locale && !allowed) {
        add(page, el, 'cross-locale-link', `links from ${locale} to ${targetLocale} outside the language switcher`);
      }
    }

    if (!locale) continue; // The chooser and the root 404 speak every language by design.

    // Language of the page and of a fallback page's article.
    if (html?.getAttribute('lang') !== locale) add(page, 'html', 'html-lang', `<html lang="${html?.getAttribute('lang')}"> on a ${locale} page`);
    if (fallback) {
      const original = root.querySelector('a[data-original-link]')?.getAttribute('hreflang');
      const articleLang = root.querySelector('article')?.getAttribute('lang');
      if (!original || articleLang !== original) {
        add(page, 'article', 'fallback-lang', `fallback article has lang="${articleLang}", the original is "${original}"`);
      }
      if (!root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')) {
        add(page, 'meta[name=robots]', 'fallback-indexable', 'a fallback page must be noindex');
      }
    }

    // Canonical.
    const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!canonical) add(page, 'link[rel=canonical]', 'canonical', 'missing canonical link');
    else if (!/^https?:\/\//.test(canonical)) add(page, 'link[rel=canonical]', 'canonical', `canonical "${canonical}" is not absolute`);

    // hreflang alternates.
    const alternates = root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => ({ lang: l.getAttribute('hreflang')!, href: l.getAttribute('href')! }));
    if (alternates.length) {
      if (!alternates.some((a) => a.lang === 'x-default')) add(page, 'link[hreflang]', 'hreflang-x-default', 'alternates lack x-default');
      const self = alternates.find((a) => a.lang === locale);
      if (!self || new URL(self.href, origin).pathname !== page) add(page, 'link[hreflang]', 'hreflang-self', `alternates do not include the page itself (${locale})`);
      for (const a of alternates) {
        if (!/^https?:\/\//.test(a.href)) {
          add(page, `link[hreflang=${a.lang}]`, 'hreflang-absolute', `${a.href} is not absolute`);
          continue;
        }
        if (a.lang === 'x-default') continue;
        const targetPath = new URL(a.href).pathname;
        const target = parsed.get(targetPath);
        if (!target) {
          add(page, `link[hreflang=${a.lang}]`, 'hreflang-missing', `${a.href} was not built`);
        } else if (isFallback(target)) {
          add(page, `link[hreflang=${a.lang}]`, 'hreflang-fallback', `${a.href} is a fallback page`);
        } else {
          const back = target.querySelectorAll('link[rel="alternate"][hreflang]').some((l) => l.getAttribute('hreflang') === locale && new URL(l.getAttribute('href')!, origin).pathname === page);
          if (!back) add(page, `link[hreflang=${a.lang}]`, 'hreflang-reciprocal', `${targetPath} does not list ${page} back as ${locale}`);
        }
      }
    }

    // Language switcher targets exist.
    for (const a of root.querySelectorAll('nav.lang-switcher a')) {
      const href = a.getAttribute('href')!;
      if (!exists(new URL(href, origin + page).pathname)) add(page, a, 'switcher-404', `switcher link ${href} leads nowhere`);
    }

    // Untranslated chrome: English UI strings shown in the header, footer or notices of another locale.
    if (locale !== 'en') {
      for (const el of root.querySelectorAll('header a, header span, footer a, footer p, nav a, a.skip-link, [data-fallback-notice] p, [data-fallback-notice] a')) {
        if (el.closest('[lang]') !== html && el.closest('[lang]')?.getAttribute('lang') !== locale) continue;
        const text = el.text.replace(/\s+/g, ' ').trim();
        if (text && input.englishStrings.has(text)) add(page, el, 'untranslated-chrome', `"${text}" is the English UI string`);
      }
    }
  }

  // Sitemap: only real, built, indexable pages.
  for (const path of input.sitemap) {
    const root = parsed.get(path);
    if (!root) add(path, 'sitemap', 'sitemap-missing', 'listed in the sitemap but not built');
    else if (isFallback(root) || root.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex')) {
      add(path, 'sitemap', 'sitemap-noindex', 'a noindex or fallback page is in the sitemap');
    }
  }
  return findings;
}
