import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allowedBundleOrigins, allowedReactDomOrigins } from './allowed-origins';
import { adminFileNames, adminIndexHtml, type AdminSources } from './admin-page';
import { applyReplacements, bundleFonts, checkExternalOrigins, statusStubs, sveltiaReplacements } from './bundle';

/**
 * Every file of the editor at /admin/, in memory: the build writes them into the output folder and the
 * dev server answers from the same map, so `npm run dev` serves exactly what a build ships.
 */

/** Path inside the admin folder (e.g. `fonts/noto-mono.woff2`) → bytes. */
export type AdminFiles = Map<string, Buffer>;

export interface AdminInput {
  /** Absolute path of the admin folder on the site, with the trailing slash, e.g. /admin/. */
  base: string;
  /** The generated CMS configuration (src/lib/cms/config.ts), written as config.json. */
  config: unknown;
  /** The Git host's origins for the page's policy. */
  sources: AdminSources;
  /** The exact version the site's package.json pins; the installed package must be it. */
  pinnedVersion: string;
  /** Where @sveltia/cms is installed; found from node_modules when omitted (tests pass a fixture). */
  packageRoot?: string;
}

/**
 * The installed package's folder. Its `exports` map only "." (npm/index.js), so the root is found from
 * there rather than from `@sveltia/cms/package.json`.
 */
export function sveltiaPackageRoot(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
}

function onlyMatch(dir: string, pattern: RegExp, what: string): string {
  const found = readdirSync(dir).filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`@sveltia/cms: expected one ${what} in ${dir} (${pattern}), found ${found.length}. Update src/lib/cms/bundle.ts for the new release.`);
  return join(dir, found[0]!);
}

/**
 * Reads, rewrites and checks the pinned Sveltia CMS release and lays out the admin folder: the bundle
 * and its React chunk (every external address reviewed), the fonts, the UI strings of every language
 * it ships, the version-check answer, the status stubs, the licences, the page and the configuration.
 * Stops the build when the installed version is not the pinned one or the bundle changed.
 * @example (await buildAdminFiles({ base: '/admin/', config, sources, pinnedVersion: '0.221.1' })).has('sveltia-cms.js') // true
 */
export function buildAdminFiles({ base, config, sources, pinnedVersion, packageRoot = sveltiaPackageRoot() }: AdminInput): AdminFiles {
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
  if (pkg.version !== pinnedVersion) {
    throw new Error(`@sveltia/cms ${pkg.version} is installed, but package.json pins ${pinnedVersion}. Run npm ci, or pin the installed version exactly after reviewing it.`);
  }
  const files: AdminFiles = new Map();
  const text = (path: string, value: string) => files.set(path, Buffer.from(value, 'utf8'));
  const read = (...parts: string[]) => readFileSync(join(packageRoot, ...parts));

  const bundle = applyReplacements(read('dist', 'sveltia-cms.js').toString('utf8'), sveltiaReplacements({ base }), 'dist/sveltia-cms.js');
  checkExternalOrigins(bundle, allowedBundleOrigins, '@sveltia/cms/dist/sveltia-cms.js');
  text(adminFileNames.script, bundle);
  const reactDom = read('dist', 'chunks', 'react-dom.js').toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  checkExternalOrigins(reactDom, allowedReactDomOrigins, '@sveltia/cms/dist/chunks/react-dom.js');
  text('chunks/react-dom.js', reactDom);

  const assets = join(packageRoot, 'npm', 'assets');
  for (const font of bundleFonts) {
    files.set(`fonts/${font.name}.woff2`, readFileSync(onlyMatch(assets, font.asset, `${font.name} font`)));
    files.set(`licenses/${font.name}.LICENSE.txt`, readFileSync(join(assets, `${font.name}.LICENSE.txt`)));
  }
  files.set('licenses/sveltia-cms.LICENSE.txt', read('LICENSE.txt'));
  // UI strings: the bundle builds `<vendor>/@sveltia/cms@<version>/locales/<code>.json` for every language but en-US.
  for (const name of readdirSync(join(packageRoot, 'locales')).filter((n) => n.endsWith('.json'))) {
    files.set(`vendor/@sveltia/cms@${pkg.version}/locales/${name}`, read('locales', name));
  }
  // The hourly "new version available" check reads the latest package.json: answer with the pinned one.
  text('vendor/@sveltia/cms/package.json', `${JSON.stringify({ version: pkg.version })}\n`);
  for (const stub of statusStubs) text(stub.file, `${JSON.stringify(stub.body)}\n`);

  text('index.html', adminIndexHtml({ base, sources }));
  text(adminFileNames.config, `${JSON.stringify(config, null, 2)}\n`);
  return files;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** What the dev server answers for one admin path. */
export interface AdminAnswer {
  status: 200 | 301;
  headers: Record<string, string>;
  body?: Buffer;
}

/**
 * The dev server's answer for a request path: the admin folder's files as a build writes them
 * (`index.html` for the folder itself, a redirect for the folder without its slash), or undefined to
 * let Astro answer (any other path, or a file the folder does not have: Astro's 404).
 * @example answerAdminRequest('/admin', files, '/admin/') // { status: 301, headers: { Location: '/admin/' } }
 */
export function answerAdminRequest(path: string, files: () => AdminFiles, base: string): AdminAnswer | undefined {
  if (path === base.slice(0, -1)) return { status: 301, headers: { Location: base } };
  if (!path.startsWith(base)) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(path.slice(base.length)) || 'index.html';
  } catch {
    return undefined;
  }
  const body = files().get(name);
  if (!body) return undefined;
  const type = contentTypes[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream';
  return { status: 200, headers: { 'Content-Type': type, 'Cache-Control': 'no-cache' }, body };
}
