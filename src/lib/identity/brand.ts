/**
 * The ITBridge identity in one place: the bridge mark (the favicon's drawing: two towers on a deck,
 * yellow on a blue tile) and the colours it is drawn in. The header logo, the language chooser, the
 * 404 pages and the share images all draw the mark from here, so they cannot drift from each other;
 * `tests/unit/identity/brand.test.ts` checks that public/favicon.svg and src/styles/tokens.css agree.
 */

/** The colours of the identity; the same values as --brand and --accent in src/styles/tokens.css. */
export const brandColours = {
  /** The tile: EU-flag blue, darkened for 8.4:1 contrast on white. */
  brand: '#0b4f8a',
  brandDark: '#083a66',
  /** The bridge: the yellow of the EU stars, which both flags share. */
  accent: '#ffd84d',
  ink: '#1a1f2b',
  paper: '#ffffff',
} as const;

/** The mark's drawing on a 32 × 32 grid. */
export const mark = {
  viewBox: '0 0 32 32',
  size: 32,
  tile: { rx: 6 },
  /** Deck and the two towers, one path. */
  bridge: 'M6 20h20v4H6zM9 8h4v12H9zm10 0h4v12h-4z',
} as const;

/**
 * The mark as standalone SVG markup, at `size` pixels (for share images and files).
 * @example markSvg(64) // '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 32 32">…'
 */
export function markSvg(size: number = mark.size): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${mark.viewBox}">` +
    `<rect width="32" height="32" rx="${mark.tile.rx}" fill="${brandColours.brand}"/>` +
    `<path d="${mark.bridge}" fill="${brandColours.accent}"/></svg>`
  );
}
