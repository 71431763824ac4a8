/**
 * Links and images that a reader would find broken, checked against the pages the build makes and the
 * files in public/: a mistyped slug, a link without its language, an address copied from the preview
 * browser (http://127.0.0.1:4321/…) or the site's own full address (which breaks on any other host),
 * and an image that is not there. Run by the build's content checks and npm run check:content alike,
 * through content-tree.ts. Links into another language are the text rules' (text-rules.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { locales, isLocale, type Locale } from '../../i18n/locales';
import { collectionRegistry, type ListedCollection } from '../content/collections';
import { buildTopicIndex, groupByYear } from '../content/indexes';
import type { MapEntry, TranslatedDocument } from '../content/translation-map';
import { createUrls } from '../routing/url-builder';
import { editDistance } from '../search/lexicon';
import type { MarkdownSource } from './markdown-source';
import { lineOf, parseSyntaxTree, readJsxAttributes, walkSyntaxTree, type SyntaxKind } from './syntax-tree';

/** A link or image in a file's body, with its line. */
export interface BodyReference {
  kind: 'link' | 'image';
  url: string;
  line: number | undefined;
}

/** A broken link or missing image, at its line. */
export interface LinkProblem {
  check: 'broken-link' | 'missing-image';
  line: number | undefined;
  message: string;
}

/** Hosts that exist only on the editor's own computer. */
const localHosts = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]']);

/**
 * True for an address that only works on the editor's computer: the preview's `http://127.0.0.1:4321/…` or localhost.
 * @example isLocalAddress('http://127.0.0.1:4321/en/news/') // true
 */
export function isLocalAddress(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && localHosts.has(hostname);
  } catch {
    return false;
  }
}

/**
 * Every link and image of a file's body, as the page is made from it (definitions resolve references,
 * a <Figure src> is an image). An MDX file that does not parse has none: the content policy reports it.
 */
export function findBodyReferences(source: Pick<MarkdownSource, 'text'>, kind: SyntaxKind): BodyReference[] {
  const parsed = parseSyntaxTree(source.text, kind);
  if ('failure' in parsed) return [];
  const nodes = [...walkSyntaxTree(parsed.tree)];
  const definitions = new Map<string, string>();
  for (const node of nodes) if (node.type === 'definition') definitions.set(node.identifier, node.url);
  const references: BodyReference[] = [];
  for (const node of nodes) {
    const line = lineOf(node);
    if (node.type === 'link') references.push({ kind: 'link', url: node.url, line });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) references.push({ kind: node.type === 'linkReference' ? 'link' : 'image', url, line });
    } else if (node.type === 'image') references.push({ kind: 'image', url: node.url, line });
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      const src = readJsxAttributes(node).named.get('src');
      if (src?.kind === 'literal' && typeof src.value === 'string') references.push({ kind: 'image', url: src.value, line });
    }
  }
  return references;
}

/**
 * Every page address the build makes from these documents (published and scheduled: a link to a
 * document due later is not broken), in the URL builder's shape: the chooser, each locale's home,
 * listings with their pages, detail pages (fallback pages included), topic and year pages, search,
 * feed and 404, and the translation status page.
 * @example listSitePages(map.documents).has('/uk/news/itbridge-kickoff-cluj-napoca/') // true
 */
export function listSitePages<E extends MapEntry>(docs: readonly TranslatedDocument<E>[]): Set<string> {
  const urls = createUrls({ base: '/', site: 'https://example.org' });
  const pages = new Set<string>([urls.chooser(), '/status/translations/']);
  const topics = [...buildTopicIndex(docs).keys()];
  const years = [...groupByYear(docs.filter((d) => d.collection === 'news')).keys()];
  for (const locale of locales) {
    for (const page of [urls.home(locale), urls.notFound(locale), urls.search(locale), urls.feed(locale), urls.topics(locale)]) pages.add(page);
    for (const topic of topics) pages.add(urls.topics(locale, topic));
    for (const year of years) pages.add(urls.newsYear(locale, year));
    for (const spec of collectionRegistry) {
      const count = docs.filter((d) => d.collection === spec.name).length;
      if (spec.listed) {
        for (let page = 1; page <= Math.max(1, Math.ceil(count / spec.pageSize)); page += 1) pages.add(urls.listing(locale, spec.name as ListedCollection, page));
      }
    }
    for (const doc of docs) pages.add(urls.entry(locale, doc.collection, doc.slug));
  }
  return pages;
}

/** The page of the same language most like a mistyped address, when it is a likely typo. */
function closestPage(path: string, pages: ReadonlySet<string>, locale: Locale): string | undefined {
  let best: { page: string; distance: number } | undefined;
  for (const page of pages) {
    if (!page.startsWith(`/${locale}/`)) continue;
    const { distance } = editDistance(path, page, 4);
    if (distance < (best?.distance ?? Infinity)) best = { page, distance };
  }
  return best?.page;
}

export interface LinkContext {
  /** Page addresses (listSitePages). */
  pages: ReadonlySet<string>;
  /** Where the files of the site's own images and downloads are. */
  publicDir: string;
  /** The site's public address (SITE_URL), when it is set: a link written with it breaks on any other host. */
  siteUrl?: string | undefined;
}

const withoutSuffix = (url: string) => url.replace(/[?#].*$/, '');
const isPublicFile = (path: string, publicDir: string) => {
  try {
    return existsSync(join(publicDir, decodeURI(path)));
  } catch {
    return false;
  }
};

/**
 * What a reader would find broken in one file's links and images, each with its line and the fix.
 * @example findLinkProblems(source, 'markdown', 'uk', { pages, publicDir: 'public' })[0]?.message
 * // 'links to /uk/news/itbridge-kickof-cluj-napoca/, which is not a page of the site. Did you mean /uk/news/itbridge-kickoff-cluj-napoca/? …'
 */
export function findLinkProblems(source: Pick<MarkdownSource, 'text'>, kind: SyntaxKind, locale: Locale, context: LinkContext): LinkProblem[] {
  const { pages, publicDir } = context;
  const siteOrigin = context.siteUrl ? new URL(context.siteUrl).origin : undefined;
  const problems: LinkProblem[] = [];
  for (const { kind: what, url, line } of findBodyReferences(source, kind)) {
    if (what === 'image') {
      if (url.startsWith('/') && !url.startsWith('//') && !isPublicFile(withoutSuffix(url), publicDir)) {
        problems.push({
          check: 'missing-image',
          line,
          message: `image ${url} does not exist: there is no file public${withoutSuffix(url)}. Put the image there, or correct the name.`,
        });
      }
      continue;
    }
    let path: string;
    if (isLocalAddress(url)) {
      path = withoutSuffix(new URL(url).pathname);
      const target = pages.has(path) ? path : `/${locale}/…/`;
      problems.push({
        check: 'broken-link',
        line,
        message: `links to ${url}, an address on your own computer (the preview): readers cannot open it. Write the path alone: ${target}`,
      });
      continue;
    }
    if (siteOrigin && /^https?:/i.test(url) && new URL(url).origin === siteOrigin) {
      path = withoutSuffix(new URL(url).pathname);
      problems.push({
        check: 'broken-link',
        line,
        message: `links to ${url}, the site's own full address, which breaks in the preview and on any other host. Write the path alone: ${pages.has(path) ? path : `/${locale}/…/`}`,
      });
      continue;
    }
    if (!url.startsWith('/') || url.startsWith('//')) continue;
    path = withoutSuffix(url);
    const first = path.split('/')[1] ?? '';
    // A link into another language is the text rules' to report, with its own fix.
    if (isLocale(first) && first !== locale) continue;
    if (pages.has(path) || pages.has(`${path}/`) || isPublicFile(path, publicDir)) continue;
    const suggestion = isLocale(first) ? closestPage(path, pages, locale) : closestPage(`/${locale}${path}`, pages, locale);
    const hint = isLocale(first)
      ? 'Copy the address from the page in the preview, or check the slug: it is the file name, content/<collection>/<locale>/<slug>.md.'
      : `Addresses start with the language: /${locale}/….`;
    problems.push({
      check: 'broken-link',
      line,
      message: `links to ${url}, which is not a page of the site.${suggestion ? ` Did you mean ${suggestion}?` : ''} ${hint}`,
    });
  }
  return problems;
}
