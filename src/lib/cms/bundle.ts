/**
 * Self-hosting Sveltia CMS's browser bundle: the exact rewrites that make it fetch from the site what it
 * would fetch from CDNs, and the scan that makes any other address it names visible. A new release that
 * changes a rewritten literal, or brings an address nobody has classified, stops the build, so an upgrade
 * cannot start fetching from somewhere new unnoticed. The admin page's Content Security Policy is the
 * security boundary (src/lib/cms/admin-page.ts); this is the review gate in front of it.
 */

/** One exact string replacement, with how many times it must match in the file. */
export interface Replacement {
  find: string;
  replace: string;
  /** Matches expected; any other number stops the build. */
  count: number;
  /** Why it is replaced, for the message when it no longer matches. */
  why: string;
}

/** Where the admin files live on the site, e.g. /admin/ (with the site's base in front). */
export interface AdminLocation {
  /** Absolute path of the admin folder, with the trailing slash, e.g. /admin/. */
  base: string;
}

/** The font files the bundle's own CSS loads, by the name the site serves them under. */
export const bundleFonts = [
  { name: 'source-sans-3', cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2', asset: /^source-sans-3-latin-wght-normal-[\w-]+\.woff2$/ },
  { name: 'noto-mono', cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2', asset: /^noto-mono-latin-400-normal-[\w-]+\.woff2$/ },
  {
    name: 'material-symbols-outlined',
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    asset: /^material-symbols-outlined-latin-wght-normal-[\w-]+\.woff2$/,
  },
] as const;

/** The Git hosts' status checks the bundle polls every few minutes, answered by stubs on the site ("no incident"). */
export const statusStubs = [
  { url: 'https://www.githubstatus.com/api/v2/status.json', file: 'vendor/githubstatus.json', body: { status: { indicator: 'none' } } },
  {
    url: 'https://status-api.hostedstatus.com/1.0/status/5b36dc6502d06804c08349f7',
    file: 'vendor/gitlabstatus.json',
    body: { result: { status_overall: { status_code: 100 } } },
  },
] as const;

/**
 * The rewrites of `dist/sveltia-cms.js` for the pinned release: unpkg (UI strings, the update check and
 * lazily loaded libraries) to the site's vendor folder, the three fonts to the site's font folder, the
 * status checks to stubs, and the source-map comment removed (the 8.8 MB map is not served).
 * @example sveltiaReplacements({ base: '/admin/' })[0] // { find: 'https://unpkg.com/', replace: '/admin/vendor/', count: 4, … }
 */
export function sveltiaReplacements({ base }: AdminLocation): Replacement[] {
  return [
    {
      find: 'https://unpkg.com/',
      replace: `${base}vendor/`,
      count: 4,
      why: 'UI strings, the version check and lazily loaded libraries come from unpkg.com unless rewritten to the site',
    },
    ...bundleFonts.map((font) => ({ find: font.cdn, replace: `${base}fonts/${font.name}.woff2`, count: 1, why: `the ${font.name} font comes from jsDelivr unless rewritten to the site` })),
    ...statusStubs.map((stub) => ({ find: stub.url, replace: `${base}${stub.file}`, count: 1, why: 'the Git host status check leaves the site unless rewritten to a stub' })),
    { find: '\n//# sourceMappingURL=sveltia-cms.js.map', replace: '\n', count: 1, why: 'the source map is not served' },
  ];
}

const occurrences = (text: string, find: string) => text.split(find).length - 1;

/**
 * Applies each replacement, stopping with the file, the literal and the count found when one does
 * not match exactly as often as expected (an upgrade changed the bundle: review the rewrite).
 * @example applyReplacements('a https://unpkg.com/x', [{ find: 'https://unpkg.com/', replace: '/admin/vendor/', count: 1, why: '' }], 'f.js') // 'a /admin/vendor/x'
 */
export function applyReplacements(source: string, replacements: readonly Replacement[], file: string): string {
  let text = source;
  for (const r of replacements) {
    const found = occurrences(text, r.find);
    if (found !== r.count) {
      throw new Error(
        `${file}: expected ${r.count} × "${r.find}" (${r.why}), found ${found}. The pinned @sveltia/cms changed: ` +
          'check the new release for this address and update src/lib/cms/bundle.ts.',
      );
    }
    text = text.split(r.find).join(r.replace);
  }
  return text;
}

/**
 * Every http(s) address literal in a script, reduced to its origin, with the first place it occurs.
 * Template placeholders are normalised to `${}`, because minified names change between releases.
 * @example externalOrigins('fetch(`https://api.github.com/user`)') // Map { 'https://api.github.com' => 'fetch(`https://api.github.com/user`)' }
 */
export function externalOrigins(source: string, contextChars = 80): Map<string, string> {
  const origins = new Map<string, string>();
  for (const match of source.matchAll(/https?:\/\/[^"`' )\\<>,;]+/g)) {
    const origin = match[0].replace(/^(https?:\/\/[^/?#]+).*$/s, '$1').replace(/\$\{[^}]*(\}|$)/g, '${}');
    if (origins.has(origin)) continue;
    const at = match.index;
    origins.set(origin, source.slice(Math.max(0, at - contextChars), at + match[0].length + contextChars));
  }
  return origins;
}

/**
 * Stops the build when a script names an origin outside the allowlist, printing each new one with
 * its context so that a reviewer can classify it, and when a CDN that must be rewritten is still named.
 * @example checkExternalOrigins('x="https://unpkg.com/a"', new Set(), 'sveltia-cms.js') // throws: … https://unpkg.com …
 */
export function checkExternalOrigins(source: string, allowed: ReadonlySet<string>, file: string, forbidden: readonly string[] = ['https://unpkg.com', 'https://cdn.jsdelivr.net']): void {
  const found = externalOrigins(source);
  const problems = [...found]
    .filter(([origin]) => forbidden.includes(origin) || !allowed.has(origin))
    .map(([origin, context]) => `  ${origin}${forbidden.includes(origin) ? ' (a CDN the site must serve itself)' : ''}\n    …${context.replace(/\s+/g, ' ')}…`);
  if (problems.length) {
    throw new Error(
      `${file} names ${problems.length} address${problems.length === 1 ? '' : 'es'} not reviewed for the editor at /admin/:\n${problems.join('\n')}\n` +
        'Find what fetches it: serve it from the site (src/lib/cms/bundle.ts), or, if it is only a link or is blocked by the admin CSP, ' +
        'add it to src/lib/cms/allowed-origins.ts with the reason.',
    );
  }
}
