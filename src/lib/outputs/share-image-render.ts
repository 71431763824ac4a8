/**
 * Drawing share images, at build time only: the fonts (IBM Plex Sans from @fontsource/ibm-plex-sans, the
 * site's typeface, as WOFF since satori reads no WOFF2), satori (card → SVG with the text as paths) and
 * resvg (SVG → PNG), behind a cache on disk keyed by {@link shareCacheKey}, so that a rebuild draws only
 * the cards whose text, fonts or drawing changed. Never imported by a page.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { shareCacheKey, shareCardTree, shareFontFamilies, shareImage, type ShareCard } from './share-image';

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
