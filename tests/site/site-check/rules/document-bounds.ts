import type { SiteRule } from '../site';

/**
 * Splits a page into what stands before its doctype, the document, and what follows its `</html>`.
 * Exported for the gate's tests.
 * @example outsideDocument('<!doctype html><html></html>\n<script></script>') // { before: '', after: '<script></script>' }
 */
export function outsideDocument(source: string): { before: string; after: string } {
  const start = source.search(/<!doctype html>/i);
  const end = source.toLowerCase().lastIndexOf('</html>');
  return {
    before: (start < 0 ? source : source.slice(0, start)).trim(),
    after: end < 0 ? '' : source.slice(end + '</html>'.length).trim(),
  };
}

/** A short, one-line quotation of stray markup for a finding. */
const quoted = (text: string) => `“${(text.length > 80 ? `${text.slice(0, 79)}…` : text).replace(/\s+/g, ' ')}”`;

/**
 * A page is one document: it opens with `<!doctype html>` and nothing follows `</html>`. Astro writes a
 * `<script>` or any markup where the template puts it, so one placed before or after the page's layout
 * component lands before the doctype (quirks mode) or after `</html>` ("Stray start tag" for the Nu
 * checker, which then stops reading the page). Browsers and the parsed tree hide both; the source shows them.
 */
export const documentBounds: SiteRule = {
  name: 'document-bounds',
  ids: ['before-doctype', 'after-html'],
  checkPage(page, _site, report) {
    const { before, after } = outsideDocument(page.source);
    if (before) report('<!doctype html>', 'before-doctype', `the page does not start with <!doctype html>: ${quoted(before)} comes first (is it outside the layout component in the page's template?)`);
    if (after) report('</html>', 'after-html', `${quoted(after)} follows </html> (is it after the layout component in the page's template? Move it inside.)`);
  },
};
