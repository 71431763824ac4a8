import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readContentTree } from '../lib/checks/content-tree';
import { formatProblemList } from '../lib/content/problems';

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
 * from the site, https links). Every problem is reported at once, each with file, line and fix; the
 * build stops before anything is rendered. The body is parsed here on every build, not by a render-time
 * plugin: Astro's Markdown loader only logs a plugin's error, and its content cache skips plugins for
 * unchanged files.
 */
export default function contentChecks({ contentDir, publicDir }: ContentChecksOptions): AstroIntegration {
  return {
    name: 'itbridge:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        const { problems } = readContentTree(contentDir, { publicDir, root: fileURLToPath(config.root) });
        if (problems.length) throw new Error(formatProblemList('Content check failed', problems));
      },
    },
  };
}
