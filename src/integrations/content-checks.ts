import { fileURLToPath } from 'node:url';
import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { readContentTree } from '../lib/checks/content-tree';
import { describePreviewProblems, isPreviewPageRequest, renderPreviewErrorPage } from '../lib/checks/preview-error-page';
import { contentErrorAdvice, formatProblemList, type ContentProblem } from '../lib/content/problems';
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
 *
 * Under `astro dev` (the editors' preview) the same checks run again whenever a file under content/ or
 * public/ changes; while any problem remains, every page request gets a page listing the problems
 * (src/lib/checks/preview-error-page.ts) instead of the last good version of the page, and open tabs
 * reload to show it, then reload again once the files are fixed. At start, problems stop the preview
 * as they stop a build: Astro's content layer would stop it anyway on a schema error.
 */
export default function contentChecks({ contentDir, publicDir }: ContentChecksOptions): AstroIntegration {
  let root = process.cwd();
  const check = (): ContentProblem[] => readContentTree(contentDir, { publicDir, root, today: env.today, siteUrl: env.siteUrlSet ? env.siteUrl : undefined }).problems;
  return {
    name: 'itbridge:content-checks',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        root = fileURLToPath(config.root);
        const problems = check();
        if (!problems.length) return;
        // Astro's content layer stops the dev server on a schema error at start (on a later change it only
        // logs it), so npm run dev refuses to start as the build does; once it runs, the browser shows them.
        const then = command === 'dev' ? '\nFix them and run npm run dev again: once it runs, the preview shows such problems in the browser instead of the page.' : '';
        // The editors' message alone, and nothing after it: an error thrown here would come wrapped in
        // "An unhandled error occurred while running the hook", a source location and a stack trace.
        process.stderr.write(`${formatProblemList('Content check failed', problems)}\n${contentErrorAdvice}${then}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        let problems: ContentProblem[] = [];
        let shown = '';
        const run = () => {
          try {
            problems = check();
          } catch (error) {
            problems = [{ file: contentDir, check: 'read', message: `the content could not be read: ${(error as Error).message}` }];
          }
          const report = describePreviewProblems(problems) ?? '';
          if (report === shown) return false;
          if (report) logger.error(report);
          else if (shown) logger.info('Content check passed: the preview shows the pages again.');
          shown = report;
          return true;
        };
        const watched = [resolve(root, contentDir), resolve(root, publicDir)];
        server.watcher.add(watched);
        let timer: ReturnType<typeof setTimeout> | undefined;
        const onChange = (path: string) => {
          const file = resolve(root, path);
          if (!watched.some((dir) => file === dir || file.startsWith(dir + sep))) return;
          clearTimeout(timer);
          // An editor's save can be several events (write, rename); check once they settle.
          timer = setTimeout(() => {
            if (run()) server.ws.send({ type: 'full-reload' });
          }, 150);
        };
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
        server.middlewares.use((req, res, next) => {
          if (!problems.length || !isPreviewPageRequest({ method: req.method, url: req.url, accept: req.headers.accept })) return next();
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(req.method === 'HEAD' ? undefined : renderPreviewErrorPage(problems));
        });
      },
    },
  };
}
