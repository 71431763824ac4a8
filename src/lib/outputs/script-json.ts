const scriptUnsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for inside a `<script>` element (JSON-LD, the search page's configuration). The HTML parser ends
 * the script at the first `</script` whatever JSON thinks, so `<`, `>` and `&` are written as \u
 * escapes (still the same JSON strings); U+2028/U+2029 are escaped because older JavaScript parsers
 * treat them as line breaks. These characters can only occur inside JSON strings, so the result parses
 * back to the same data.
 * @example serializeForScript({ headline: '</script>' }) // '{"headline":"\\u003c/script\\u003e"}'
 */
export function serializeForScript(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => scriptUnsafe[c]!);
}
