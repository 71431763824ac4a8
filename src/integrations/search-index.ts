import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { checkIndexedLanguages, type PagefindEntry } from '../lib/search/index-check';

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
          const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
          const problems = checkIndexedLanguages(entry);
          if (problems.length) throw new Error(`Search index check failed:\n- ${problems.join('\n- ')}`);
          const counts = Object.entries(entry.languages).map(([code, l]) => `${code} ${l.page_count}`);
          logger.info(`indexed ${added.page_count} pages: ${counts.join(', ')}`);
          const used = process.cpuUsage(cpu);
          onIndexed?.({ wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
