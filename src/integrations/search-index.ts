import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkIndexedLanguages, type PagefindEntry } from '../lib/search/index-check';
import { attributes } from '../lib/outputs/dom-contract';
import { injectPreloads, renderPreloads, searchPreloads } from '../lib/search/preloads';
import { locales } from '../i18n/locales';
import { urls } from '../lib/routing/urls';

/** Pages whose article carries the untranslated mark: fallback pages, as Pagefind records of their own bundle. */
async function untranslatedPages(outDir: string): Promise<{ url: string; content: string }[]> {
  const mark = attributes.untranslatedSearchBody;
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'));
  const pages: { url: string; content: string }[] = [];
  for (const file of files) {
    const html = await readFile(join(outDir, file), 'utf8');
    if (!html.includes(` ${mark}`)) continue;
    const url = `/${file.split(sep).slice(0, -1).join('/')}/`;
    // Only the mark changes: the page is indexed exactly as a reader sees it, in its own bundle.
    pages.push({ url, content: html.replace(` ${mark}`, ` ${attributes.searchBody}`) });
  }
  return pages;
}

/** Every file of a bundle folder with its size in bytes. */
async function sizes(dir: string): Promise<Map<string, number>> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (name) => [name, (await stat(join(dir, name))).size] as const)));
}

/**
 * Adds the Pagefind preloads (src/lib/search/preloads.ts) to each language's search page, now that the
 * index and its hashed file names exist.
 */
async function addSearchPreloads(outDir: string, entryText: string, entry: PagefindEntry): Promise<void> {
  const bundle = join(outDir, 'pagefind');
  const [filterFiles, indexFiles] = await Promise.all([sizes(join(bundle, 'filter')), sizes(join(bundle, 'index'))]);
  const entryTag = createHash('sha256').update(entryText).digest('hex').slice(0, 10);
  for (const locale of locales) {
    const page = join(outDir, ...urls.search(locale).slice(urls.chooser().length).split('/').filter(Boolean), 'index.html');
    const markup = renderPreloads(searchPreloads({ entry, entryTag, locale, bundle: urls.searchBundle(), filterFiles, indexFiles }));
    await writeFile(page, injectPreloads(await readFile(page, 'utf8'), markup, page));
  }
}

/** How long indexing took: wall-clock seconds, and CPU seconds of the build process. */
export interface IndexingTime {
  wallSeconds: number;
  cpuSeconds: number;
}

export interface SearchIndexOptions {
  /** Called once the index is written and checked, e.g. by the benchmark's build timings. */
  onIndexed?: (time: IndexingTime) => void;
}

/**
 * Indexes the built site with Pagefind (one index per `<html lang>`), after the build, into
 * dist/pagefind/. Only elements marked `data-pagefind-body` are indexed — real detail pages; fallback
 * pages and listings carry no such mark. The build fails unless exactly the five site languages
 * were indexed.
 * @example integrations: [searchIndex({ onIndexed: (t) => console.log(t.wallSeconds) })]
 */
export default function searchIndex({ onIndexed }: SearchIndexOptions = {}): AstroIntegration {
  return {
    name: 'itbridge:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const cpu = process.cpuUsage();
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          const entryText = await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
          const entry = JSON.parse(entryText) as PagefindEntry;
          const problems = checkIndexedLanguages(entry);
          if (problems.length) throw new Error(`Search index check failed:\n- ${problems.join('\n- ')}`);
          await addSearchPreloads(outDir, entryText, entry);
          const counts = Object.entries(entry.languages).map(([code, l]) => `${code} ${l.page_count}`);
          logger.info(`indexed ${added.page_count} pages: ${counts.join(', ')}`);
          const fallbacks = await untranslatedPages(outDir);
          if (fallbacks.length) {
            const other = await pagefind.createIndex({});
            if (!other.index) throw new Error(`Pagefind could not start: ${other.errors.join('; ')}`);
            for (const page of fallbacks) {
              const result = await other.index.addHTMLFile(page);
              if (result.errors.length) throw new Error(`Pagefind could not index ${page.url}: ${result.errors.join('; ')}`);
            }
            const out = await other.index.writeFiles({ outputPath: join(outDir, 'pagefind-untranslated') });
            if (out.errors.length) throw new Error(`Pagefind could not write the untranslated index: ${out.errors.join('; ')}`);
            logger.info(`indexed ${fallbacks.length} pages not yet translated into pagefind-untranslated/`);
          }
          const used = process.cpuUsage(cpu);
          onIndexed?.({ wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
