import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { answerAdminRequest, buildAdminFiles, type AdminFiles } from '../lib/cms/admin-files';
import { adminHeadersBlock, type AdminSources } from '../lib/cms/admin-page';

export interface AdminOptions {
  /** The generated CMS configuration and the Git host's origins for the page's policy. */
  create: () => { config: unknown; sources: AdminSources };
  /** The exact @sveltia/cms version package.json pins. */
  pinnedVersion: string;
}

/**
 * The editor at /admin/ (Sveltia CMS, self-hosted; src/lib/cms/). A build writes its files into the
 * output folder after the pages, the search index and the share images, so none of them sees it, and
 * adds its headers block to the built `_headers`; `npm run dev` answers /admin/ from the same files,
 * where "Work with Local Repository" edits the clone on the editor's computer.
 * @example integrations: [admin({ create: () => ({ config, sources }), pinnedVersion: '0.221.1' })]
 */
export default function admin({ create, pinnedVersion }: AdminOptions): AstroIntegration {
  let base = '/admin/';
  const files = (): { files: AdminFiles; sources: AdminSources } => {
    const { config, sources } = create();
    return { files: buildAdminFiles({ base, config, sources, pinnedVersion }), sources };
  };
  return {
    name: 'itbridge:admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = `${config.base.replace(/\/?$/, '/')}admin/`;
      },
      'astro:server:setup': ({ server }) => {
        let served: AdminFiles | undefined;
        server.middlewares.use((req, res, next) => {
          // Built on the first request, so a dev server that never opens /admin/ pays nothing; a restart re-reads the settings.
          const answer = answerAdminRequest(new URL(req.url ?? '/', 'http://localhost').pathname, () => (served ??= files().files), base);
          if (!answer) return next();
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const built = files();
        for (const [name, body] of built.files) {
          const target = join(out, base.replace(/^\//, ''), name);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, body);
        }
        const headers = join(out, '_headers');
        if (existsSync(headers)) await appendFile(headers, `\n# The editor at ${base}: written by src/integrations/admin.ts (src/lib/cms/admin-page.ts).\n${adminHeadersBlock({ base, sources: built.sources })}`);
        logger.info(`${base}: Sveltia CMS ${pinnedVersion}, ${built.files.size} files`);
      },
    },
  };
}
