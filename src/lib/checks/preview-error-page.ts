import { formatProblemList, type ContentProblem } from '../content/problems';
import { escapeXml } from '../outputs/xml';

/** What the preview server knows of a request, enough to tell a page from an asset or a tool's own request. */
export interface PreviewRequest {
  method: string | undefined;
  /** The path and query, as Node's `req.url`. */
  url: string | undefined;
  /** The request's Accept header. */
  accept: string | undefined;
}

/**
 * Whether `npm run dev` should answer a request with the content error page while content is broken:
 * page loads (GET or HEAD that accept HTML), not scripts, styles, images or Vite's own modules, and
 * not the editor at /admin/, which an editor may need to fix the file.
 * @example isPreviewPageRequest({ method: 'GET', url: '/uk/news/x/', accept: 'text/html,application/xhtml+xml' }) // true
 * @example isPreviewPageRequest({ method: 'GET', url: '/@vite/client', accept: '*\/*' }) // false
 */
export function isPreviewPageRequest({ method, url = '/', accept = '' }: PreviewRequest): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!accept.includes('text/html')) return false;
  const path = url.split(/[?#]/)[0]!;
  return !/^\/(?:@|_astro\/|node_modules\/|admin(?:\/|$))/.test(path);
}


/**
 * The page `npm run dev` shows instead of any page while content has problems that would stop the
 * build: every problem with its file, line and fix, the same words the build and npm run
 * check:content print. Without it the preview keeps showing the last good version and the error sits
 * in the terminal. The page loads Vite's client, so it reloads by itself once the files are fixed.
 * @example renderPreviewErrorPage([{ file: 'content/news/en/a.md', line: 9, check: 'dates', message: 'field "pubDate" …' }]) // '<!doctype html>…content/news/en/a.md:9…'
 */
export function renderPreviewErrorPage(problems: readonly ContentProblem[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? '' : 's'}`;
  const items = problems
    .map((p) => `<li><p><code>${escapeXml(`${p.file}${p.line ? `:${p.line}` : ''}`)}</code></p><p>${escapeXml(p.message)}</p></li>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(count)} | ITBridge preview</title>
<style>
body { font: 1.0625rem/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #8a1c1c; }
li { border-left: 4px solid #8a1c1c; background: #fbeeee; padding: 0.5rem 1rem; margin: 0 0 1rem; list-style: none; }
li p { margin: 0.25rem 0; overflow-wrap: anywhere; }
ol { padding: 0; }
code { font-weight: bold; }
</style>
<script type="module" src="/@vite/client"></script>
</head>
<body>
<main data-preview-content-error>
<h1>The preview stopped: ${escapeXml(count)}</h1>
<p>The build would stop on ${problems.length === 1 ? 'this problem' : 'these problems'}, so the preview shows ${problems.length === 1 ? 'it' : 'them'} instead of the page. Fix each file and save it: this page reloads by itself. <code>npm run check:content</code> lists the same problems.</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}

/**
 * The terminal's line for the same problems, or undefined when there are none.
 * @example describePreviewProblems([]) // undefined
 */
export function describePreviewProblems(problems: readonly ContentProblem[]): string | undefined {
  return problems.length ? `${formatProblemList('Content check failed', problems)}\nThe browser shows these instead of the pages until they are fixed.` : undefined;
}
