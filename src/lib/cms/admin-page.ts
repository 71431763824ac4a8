import { headerOnlyDirectives, serializePolicy, type Directives } from '../outputs/content-security-policy';

/**
 * The editor's page at /admin/: its HTML, its own Content Security Policy and the headers a static host
 * that reads `_headers` sends for it. Visitors never load any of it: no visitor page links to /admin/,
 * it is `noindex`, and the sitemap and the search index never see it.
 */

/** Origins the Git host needs beyond the site itself (src/lib/cms/backend.ts `adminConnectSources`). */
export interface AdminSources {
  /** The Git host's API (and token endpoint): `connect-src`. None in local-repository mode. */
  connectSrc: readonly string[];
  /** Where the host serves avatars: `img-src`. */
  imgSrc: readonly string[];
}

/**
 * What the editor may load. Scripts only from the site; inline styles, because every Svelte component
 * injects a `<style>` element (hashes would need hundreds of entries); `data:` for the default logo the
 * bundle fetches to draw favicons; `blob:` for media previews, the PDF preview frame and the web-app
 * manifest it generates. No `'unsafe-eval'`, no WebAssembly.
 */
function adminDirectives({ connectSrc, imgSrc }: AdminSources): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...imgSrc],
    'font-src': ["'self'"],
    'connect-src': ["'self'", 'data:', 'blob:', ...connectSrc],
    'frame-src': ['blob:'],
    'manifest-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/**
 * The admin policy as a meta tag carries it (GitHub Pages sends no headers).
 * @example adminMetaPolicy({ connectSrc: ['https://api.github.com'], imgSrc: [] }).includes("connect-src 'self' data: blob: https://api.github.com") // true
 */
export const adminMetaPolicy = (sources: AdminSources) => serializePolicy(adminDirectives(sources));

/** The admin policy as a header: the meta policy plus frame-ancestors. */
export const adminHeaderPolicy = (sources: AdminSources) => serializePolicy({ ...adminDirectives(sources), ...headerOnlyDirectives });

/** The file names the page links, relative to the admin folder. */
export const adminFileNames = { script: 'sveltia-cms.js', config: 'config.json' } as const;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The editor's page: noindex, its own policy, the generated configuration linked as JSON, and the
 * bundle as a classic script (Sveltia warns about a module script, and starts itself from
 * `document.currentScript`). Nothing inline, so the policy needs no script hash.
 * @example adminIndexHtml({ base: '/admin/', sources: { connectSrc: [], imgSrc: [] } }).includes('<meta name="robots" content="noindex, nofollow">') // true
 */
export function adminIndexHtml({ base, sources }: { base: string; sources: AdminSources }): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(adminMetaPolicy(sources))}">
<title>ITBridge editor</title>
<link rel="cms-config-url" type="application/json" href="${escapeAttribute(`${base}${adminFileNames.config}`)}">
</head>
<body>
<noscript><p>The ITBridge editor needs JavaScript, in Chrome or Edge for work on your own computer. Content can also be edited in Git: see content/README.md in the repository.</p></noscript>
<script src="${escapeAttribute(`${base}${adminFileNames.script}`)}"></script>
</body>
</html>
`;
}

/**
 * The `_headers` block for the admin folder (Netlify, Cloudflare Pages), appended to the visitor
 * headers in the built `_headers`. Those hosts apply every matching block and browsers enforce every
 * policy they get, so the visitor policy (no inline style) and `Cross-Origin-Opener-Policy:
 * same-origin` (which cuts the sign-in popup off from the editor) are detached first, with Cloudflare
 * Pages' `! Name` syntax. docs/editing-ui.md says what to check on other hosts.
 * @example adminHeadersBlock({ base: '/admin/', sources: { connectSrc: [], imgSrc: [] } }).startsWith('/admin/*\n') // true
 */
export function adminHeadersBlock({ base, sources }: { base: string; sources: AdminSources }): string {
  return [
    `${base}*`,
    '  ! Content-Security-Policy',
    '  ! Cross-Origin-Opener-Policy',
    `  Content-Security-Policy: ${adminHeaderPolicy(sources)}`,
    '  X-Robots-Tag: noindex, nofollow',
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
