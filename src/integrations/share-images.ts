import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultLocale } from '../i18n/locales';
import { useTranslations } from '../i18n/translator';
import { walkDirectory } from '../lib/checks/walk';
import { shareImagePath, type ShareCard } from '../lib/outputs/share-image';
import { createDrawer, createShareImageCache, headMeta, inPool, loadShareFonts, pageShareCard } from '../lib/outputs/share-image-render';

/** What one build did: images written, how many were drawn and how many came from the cache, and how long. */
export interface ShareImageStats {
  pages: number;
  images: number;
  drawn: number;
  reused: number;
  wallSeconds: number;
  /** CPU seconds of the build process (every thread: satori here, resvg on libuv's pool). */
  cpuSeconds: number;
}

export interface ShareImagesOptions {
  /** Called when every image is written, e.g. by the benchmark's build timings. */
  onDone?: (stats: ShareImageStats) => void;
}

/**
 * Draws every page's share image after the build, into `<outDir>/og/…` at the path {@link shareImagePath}
 * gives (the path the page's og:image names: checked here, so a template that bypasses the head fails
 * the build). Images are cached in Astro's cacheDir (`share-images/<key>.png`); a rebuild draws only
 * cards whose title, label, fonts or drawing changed, and the log says how many were drawn and reused.
 * Not files Astro knows about: the sitemap and the search index never list them.
 */
export default function shareImages({ onDone }: ShareImagesOptions = {}): AstroIntegration {
  let cacheDir = '';
  let root = '/';
  let site = '';
  return {
    name: 'itbridge:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'share-images');
        root = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outDir = fileURLToPath(dir);
        const pages = walkDirectory(outDir).filter((p) => !p.isDirectory && p.relativePath.endsWith('.html') && !p.relativePath.startsWith('pagefind/'));
        const jobs = new Map<string, ShareCard>();
        const problems: string[] = [];
        for (const page of pages) {
          const pagePath = `${root}${page.relativePath}`.replace(/(^|\/)index\.html$/, '$1');
          const html = readFileSync(page.path, 'utf8');
          const image = shareImagePath(pagePath, root);
          const named = headMeta(html, 'og:image');
          const expected = new URL(image, `${site}/`).href;
          if (named !== expected) problems.push(`${pagePath}: og:image is ${named ? `"${named}"` : 'missing'}, the image is drawn at ${expected}`);
          if (!jobs.has(image)) jobs.set(image, pageShareCard(pagePath, html, root, (locale) => useTranslations(locale ?? defaultLocale).t));
        }
        if (problems.length) throw new Error(`Share images: pages whose og:image does not name their image (use buildPageMeta/buildHead and a layout):\n- ${problems.slice(0, 20).join('\n- ')}`);

        const { fonts, digest } = loadShareFonts();
        const cache = createShareImageCache({ dir: cacheDir, fontsDigest: digest, draw: createDrawer(fonts) });
        let drawn = 0;
        // satori lays out on this thread while resvg rasterizes earlier cards on libuv's pool.
        await inPool([...jobs], 4, async ([image, card]) => {
          const result = await cache.get(card);
          if (result.drawn) drawn += 1;
          const file = join(outDir, image.slice(root.length));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, result.png);
        });
        const used = process.cpuUsage(cpu);
        const stats: ShareImageStats = { pages: pages.length, images: jobs.size, drawn, reused: jobs.size - drawn, wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
        logger.info(`${stats.images} share images for ${stats.pages} pages: ${stats.drawn} drawn, ${stats.reused} reused from the cache, in ${stats.wallSeconds.toFixed(1)} s`);
        onDone?.(stats);
      },
    },
  };
}
