/**
 * Characters XML 1.0 does not allow anywhere, not even escaped: C0 controls other than tab, newline
 * and CR, lone surrogates, U+FFFE and U+FFFF. One stray control character (pasted from a PDF, say)
 * makes the whole feed unparseable, so they are removed rather than trusted to never occur.
 */
const illegalXmlChars = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Makes any string safe as XML text or as a quoted attribute value. Quotes are escaped too, so the
 * same function serves both places and nobody has to remember which context they are in.
 * @example escapeXml('Tom & <Jerry> "say" \'hi\'\u0007') // 'Tom &amp; &lt;Jerry&gt; &quot;say&quot; &apos;hi&apos;'
 */
export function escapeXml(text: string): string {
  return text.replace(illegalXmlChars, '').replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}
