import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildAdminFiles, type AdminFiles } from '../lib/cms/admin-files';
import { adminHeadersBlock, type AdminSources } from '../lib/cms/admin-page';

export interface AdminOptions {
  /** The generated CMS configuration and the Git host's origins for the page's policy. */
  create: () => { config: unknown; sources: AdminSources };
  /** The exact @sveltia/cms version package.json pins. */
  pinnedVersion: string;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

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
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          if (path === base.slice(0, -1)) {
            res.statusCode = 301;
            res.setHeader('Location', base);
            res.end();
            return;
          }
          if (!path.startsWith(base)) return next();
          // Built on the first request, so a dev server that never opens /admin/ pays nothing; a restart re-reads the settings.
          served ??= files().files;
          const name = decodeURIComponent(path.slice(base.length)) || 'index.html';
          const body = served.get(name);
          if (!body) return next();
          res.setHeader('Content-Type', contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
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
