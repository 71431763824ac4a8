import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import type { IndexingTime } from './search-index';
import type { ShareImageStats } from './share-images';

interface Mark {
  at: number;
  cpu: number;
}

/**
 * Records wall and CPU time at each build hook and writes them to `file` when the build ends, for the
 * benchmark (npm run bench). Registered only when ITBRIDGE_TIMINGS names a file; builds otherwise never
 * see it. Phases: config → content sync (until build:start), render (until build:generated: bundling and
 * page generation), then build:done integrations (sitemap, search index).
 */
export default function buildTimings(file: string): AstroIntegration {
  const marks: Record<string, Mark> = {};
  const mark = (name: string) => {
    const cpu = process.cpuUsage();
    marks[name] = { at: performance.now(), cpu: (cpu.user + cpu.system) / 1e6 };
  };
  return {
    name: 'itbridge:build-timings',
    hooks: {
      'astro:config:setup': () => mark('start'),
      'astro:config:done': () => mark('configured'),
      'astro:build:start': () => mark('synced'),
      'astro:build:generated': () => mark('generated'),
      'astro:build:done': () => {
        mark('done');
        writeFileSync(file, JSON.stringify({ marks, maxRssKb: process.resourceUsage().maxRSS }));
      },
    },
  };
}

/**
 * Writes the search indexing time (the last build:done step) beside the phase timings, as
 * `<file>.search`, for the benchmark's phases. Wired to the search index's `onIndexed` in astro.config.mjs.
 * @example searchIndex({ onIndexed: (time) => writeSearchTiming('/tmp/timings.json', time) })
 */
export function writeSearchTiming(file: string, time: IndexingTime): void {
  writeFileSync(`${file}.search`, JSON.stringify({ wall: time.wallSeconds, cpu: time.cpuSeconds }));
}

/**
 * Writes what the share images cost (images, drawn, reused, wall seconds) beside the phase timings, as
 * `<file>.share`, for the benchmark. Wired to the share images' `onDone` in astro.config.mjs.
 */
export function writeShareImageTiming(file: string, stats: ShareImageStats): void {
  writeFileSync(`${file}.share`, JSON.stringify(stats));
}
