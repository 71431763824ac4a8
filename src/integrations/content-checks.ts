import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentTree } from '../lib/checks/content-tree';
import { contentErrorAdvice, formatProblemList } from '../lib/content/problems';
import { env } from '../env';

export interface ContentChecksOptions {
  contentDir: string;
  publicDir: string;
}

/**
 * Runs the file-level content checks before Astro loads anything, the same ones npm run check:content
 * runs: files that are not Markdown (binary data, a folder named x.md), frontmatter that is not YAML or
 * does not match its collection's schema, dates as written (YAML silently rolls 2025-13-45 over into a
 * valid date), two files for one page, reserved page names, symbolic links under content/ or public/ (a
 * link would publish a file from the build machine; a loop would end in ELOOP), orthography (Romanian
 * ș ț, the Ukrainian apostrophe, current Ukrainian place names) and what a body may contain (MDX limited
 * to the documented components with literal values, a few harmless HTML elements in Markdown, images
 * from the site, https links), links to pages and images that do not exist. Every problem is reported
 * at once, one line each with file, line and fix, and the build stops before Astro loads any content
 * (so Astro's own InvalidContentEntryDataError, with its stack trace and documentation links, never
 * reaches an editor). The body is parsed here on every build, not by a render-time
 * plugin: Astro's Markdown loader only logs a plugin's error, and its content cache skips plugins for
 * unchanged files.
 */
export default function contentChecks({ contentDir, publicDir }: ContentChecksOptions): AstroIntegration {
  return {
    name: 'itbridge:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        const { problems } = readContentTree(contentDir, { publicDir, root: fileURLToPath(config.root), today: env.today, siteUrl: env.siteUrlSet ? env.siteUrl : undefined });
        if (!problems.length) return;
        // The editors' message alone, and nothing after it: an error thrown here would come wrapped in
        // "An unhandled error occurred while running the hook", a source location and a stack trace.
        process.stderr.write(`${formatProblemList('Content check failed', problems)}\n${contentErrorAdvice}\n`);
        process.exit(1);
      },
    },
  };
}
