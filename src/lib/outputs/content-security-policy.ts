/**
 * The site's Content Security Policy, in one place. Every page carries it as
 * `<meta http-equiv="Content-Security-Policy">`, so it holds on hosts that ignore `public/_headers`
 * (GitHub Pages, S3, `astro preview`); `public/_headers` and the nginx snippet in
 * docs/security-headers.md send it as a header, with the directives a meta tag cannot carry. A test
 * checks that both files say exactly this.
 */

export type Directives = Readonly<Record<string, readonly string[]>>;

/**
 * What every page may load: everything from the site itself, nothing inline. `'wasm-unsafe-eval'`
 * lets Pagefind compile its WebAssembly search engine.
 */
const pageDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Directives browsers ignore in a meta tag (frame-ancestors, report-uri, sandbox): a page cannot
 * forbid being framed before it has loaded, so only the header can.
 */
export const headerOnlyDirectives: Directives = {
  'frame-ancestors': ["'none'"],
};

/**
 * A policy as the header and the meta tag write it.
 * @example serializePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }) // "default-src 'self'; img-src 'self' data:"
 */
export const serializePolicy = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * The policy for `<meta http-equiv="Content-Security-Policy" content="…">` in every layout.
 * @example metaContentSecurityPolicy // "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; …; form-action 'self'"
 */
export const metaContentSecurityPolicy = serializePolicy(pageDirectives);

/**
 * The policy for the `Content-Security-Policy` response header: the meta policy plus frame-ancestors.
 * @example headerContentSecurityPolicy.endsWith("frame-ancestors 'none'") // true
 */
export const headerContentSecurityPolicy = serializePolicy({ ...pageDirectives, ...headerOnlyDirectives });
