import { brandColours, mark } from './brand';

/**
 * The logo as a standalone file for partners and press (served at /logo.svg by src/pages/logo.svg.ts):
 * the bridge mark from brand.ts beside the wordmark. A file cannot carry the site's font, so the
 * wordmark is SVG text in a font stack, held to a fixed length so it never runs past the frame.
 */
export const logoFile = {
  /** Width and height of the drawing, in the mark's 32-unit grid. */
  width: 140,
  height: mark.size,
  fontStack: "'IBM Plex Sans', 'Helvetica Neue', Arial, sans-serif",
} as const;

/** XML-escapes text for an SVG text node. @example escapeXmlText('R&D <IT>') // 'R&amp;D &lt;IT&gt;' */
function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The logo file's markup: the mark at the left, the name in ink beside it, with a <title> for
 * assistive technology.
 * @example logoSvg('ITBridge').startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // true
 */
export function logoSvg(name: string): string {
  const { width, height, fontStack } = logoFile;
  const text = escapeXmlText(name);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width * 2}" height="${height * 2}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">` +
    `<title id="t">${text}</title>` +
    `<rect width="${mark.size}" height="${mark.size}" rx="${mark.tile.rx}" fill="${brandColours.brand}"/>` +
    `<path d="${mark.bridge}" fill="${brandColours.accent}"/>` +
    `<text x="40" y="23.5" font-family="${fontStack}" font-size="21" font-weight="700" fill="${brandColours.ink}" textLength="${width - 42}" lengthAdjust="spacingAndGlyphs">${text}</text>` +
    `</svg>\n`
  );
}
