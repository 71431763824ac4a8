/**
 * Drawing share images, at build time only: the card of a built page (from its head), the fonts (IBM Plex Sans from @fontsource/ibm-plex-sans, the
 * site's typeface, as WOFF since satori reads no WOFF2), satori (card → SVG with the text as paths) and
 * resvg (SVG → PNG), behind a cache on disk keyed by {@link shareCacheKey}, so that a rebuild draws only
 * the cards whose text, fonts or drawing changed. Never imported by a page.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { isLocale, type Locale } from '../../i18n/locales';
import { defaultShareCard, shareCacheKey, shareCardTree, shareFontFamilies, shareImage, shareSectionKey, type ShareCard, type ShareSectionKey } from './share-image';

/** The UI strings a card needs, in one locale. */
export type ShareStrings = (key: 'site.name' | 'site.tagline' | ShareSectionKey) => string;

/**
 * The card of one built page, from its site path and its HTML head: the title from og:title, the section
 * and the tagline in the page's locale (`strings(locale)`); the default card for pages outside every
 * locale. A listing titled with its section's own name ("Topics") does not say it twice, nor does a title
 * that contains the tagline.
 * @example pageShareCard('/uk/news/x/', html, '/', (l) => useTranslations(l ?? 'en').t) // { lang: 'uk', label: 'Новини', … }
 */
export function pageShareCard(pagePath: string, html: string, root: string, strings: (locale: Locale | undefined) => ShareStrings): ShareCard {
  const locale = pagePath.slice(root.length).split('/')[0];
  if (!isLocale(locale)) {
    const t = strings(undefined);
    return defaultShareCard(t('site.name'), t('site.tagline'));
  }
  const t = strings(locale);
  const title = headMeta(html, 'og:title');
  if (!title) throw new Error(`${pagePath} has no og:title, which its share image is drawn from (BaseLayout emits it).`);
  const section = shareSectionKey(pagePath, root);
  const label = section && t(section) !== title ? t(section) : undefined;
  // A title that already says the tagline (the home page's) gets the five languages at its foot instead.
  const tagline = t('site.tagline');
  const footer = title.toLocaleLowerCase(locale).includes(tagline.toLocaleLowerCase(locale)) ? defaultShareCard('', '').footer : tagline;
  return { lang: locale, title, label, siteName: t('site.name'), footer };
}

/**
 * The content of a `<meta property>` in a page's head, entities decoded; undefined when there is none.
 * @example headMeta('<head><meta property="og:image" content="https://x.org/og/en/index.png"></head>', 'og:image') // 'https://x.org/og/en/index.png'
 */
export function headMeta(html: string, property: string): string | undefined {
  const end = html.indexOf('</head>');
  const head = parse(end >= 0 ? html.slice(0, end + 7) : html);
  return head.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? undefined;
}

export interface ShareFont {
  name: string;
  data: Buffer;
  weight: 400 | 600;
  style: 'normal';
}

/** The subsets, in the order of {@link shareFontFamilies}: Latin, Romanian and Spanish letters, Cyrillic, Ukrainian ґ. */
const subsets = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;

/**
 * The card's fonts and a digest of their bytes (part of every cache key: a font update redraws all).
 * Each subset is its own family, because satori falls back between families, not within one.
 */
export function loadShareFonts(): { fonts: ShareFont[]; digest: string } {
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const fonts: ShareFont[] = [];
  for (const weight of [400, 600] as const) {
    subsets.forEach((subset, i) => {
      const data = readFileSync(require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-${subset}-${weight}-normal.woff`));
      hash.update(data);
      fonts.push({ name: shareFontFamilies[i]!, data, weight, style: 'normal' });
    });
  }
  return { fonts, digest: hash.digest('hex') };
}

/** The renderer's versions, part of every cache key: an update of satori or resvg redraws every card. */
export function rendererVersions(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return `satori ${version('satori')}, resvg ${version('@resvg/resvg-js')}`;
}

/** Card → PNG bytes. */
export type DrawShareImage = (card: ShareCard) => Promise<Uint8Array>;

/** The real drawing: satori lays the card out into SVG, resvg (on libuv's thread pool) rasterizes it. */
export function createDrawer(fonts: readonly ShareFont[]): DrawShareImage {
  return async (card) => {
    // satori types its input as a React node; the tree is the same plain { type, props } shape.
    const svg = await satori(shareCardTree(card) as unknown as Parameters<typeof satori>[0], { width: shareImage.width, height: shareImage.height, fonts: [...fonts] });
    const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
    return image.asPng();
  };
}

export interface ShareImageCache {
  /** The PNG for a card: from the cache when its key is there, else drawn and stored. */
  get(card: ShareCard): Promise<{ png: Uint8Array; drawn: boolean }>;
}

/**
 * A cache of drawn cards in `dir` (one `<key>.png` each). Writes go through a temporary name, so a
 * build stopped halfway leaves no half-written image to be reused.
 * @example createShareImageCache({ dir: 'node_modules/.astro/share-images', fontsDigest, draw }).get(card)
 */
export function createShareImageCache({ dir, fontsDigest, renderer = rendererVersions(), draw }: { dir: string; fontsDigest: string; renderer?: string; draw: DrawShareImage }): ShareImageCache {
  mkdirSync(dir, { recursive: true });
  return {
    async get(card) {
      const file = join(dir, `${shareCacheKey(card, fontsDigest, renderer)}.png`);
      if (existsSync(file)) return { png: readFileSync(file), drawn: false };
      const png = await draw(card);
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
      return { png, drawn: true };
    },
  };
}

/**
 * Runs `task` over `items` with at most `limit` at a time, in order of start; resolves when all are done.
 * @example await inPool(cards, 4, (card) => cache.get(card))
 */
export async function inPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
