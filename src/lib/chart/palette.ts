/**
 * How each series looks. Colour is never the only cue: bars also get a fill pattern and lines a
 * dash style and a filled or hollow marker, so readers who cannot tell the colours apart can still
 * match a bar or line to its legend entry.
 */

/**
 * Series colours. Each has at least 3:1 contrast against white (WCAG 2.x 1.4.11, non-text
 * contrast) and they differ in hue and lightness (blue, vermillion, green, magenta, ochre,
 * purple; drawn from the Okabe–Ito colour-blind-safe set, darkened where needed).
 *
 * @example
 * chartPalette[0]; // '#0072b2'
 */
export const chartPalette: readonly string[] = Object.freeze([
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#b04a8a',
  '#8a6d00',
  '#5e3c99',
]);

/** Text colour; dark enough for 4.5:1 on white at any size. */
export const textColor = '#1a1f2b';
/** Grid lines are decorative (the tick labels carry the values), so they may be light. */
export const gridColor = '#d5d9e0';

/** Line dash per series; the first stays solid so a single-series chart looks plain. */
const dashes: readonly string[] = ['', '8 4', '2 3', '10 3 2 3'];
/** Bar fill style per series, cycled independently of the colours (6 colours × 4 fills). */
const fills = ['solid', 'stripes', 'dots', 'crosshatch'] as const;
type Fill = (typeof fills)[number];

/** Pattern tiles in the series colour with white marks; `solid` bars need none. */
const patternTiles: Record<Exclude<Fill, 'solid'>, (id: string, color: string) => string> = {
  stripes: (id, color) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${color}"/><rect width="2" height="6" fill="#ffffff"/></pattern>`,
  dots: (id, color) =>
    `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${color}"/><circle cx="3" cy="3" r="1.4" fill="#ffffff"/></pattern>`,
  crosshatch: (id, color) =>
    `<pattern id="${id}" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="${color}"/><path d="M0 3.5H7M3.5 0V7" stroke="#ffffff" stroke-width="1.2"/></pattern>`,
};

/**
 * The colour of a series, cycling through the palette.
 *
 * @example
 * pickSeriesColor(7); // '#d55e00', the same as series 1
 */
export function pickSeriesColor(series: number): string {
  return chartPalette[series % chartPalette.length]!;
}

/**
 * The ` stroke-dasharray` attribute (with its leading space) of a series' line, or '' for solid.
 *
 * @example
 * renderDashAttribute(1); // ' stroke-dasharray="8 4"'
 */
export function renderDashAttribute(series: number): string {
  const dash = dashes[series % dashes.length]!;
  return dash === '' ? '' : ` stroke-dasharray="${dash}"`;
}

/**
 * Paint attributes of a line chart marker. Even series get filled markers, odd ones hollow
 * markers: a shape cue besides colour and dash.
 *
 * @example
 * renderMarkerPaint(1); // 'fill="#ffffff" stroke="#d55e00" stroke-width="2"'
 */
export function renderMarkerPaint(series: number): string {
  const color = pickSeriesColor(series);
  return series % 2 === 0
    ? `fill="${color}" stroke="${color}" stroke-width="2"`
    : `fill="#ffffff" stroke="${color}" stroke-width="2"`;
}

/**
 * Paint attributes of a bar (and its legend swatch). The solid stroke keeps each bar's outline at
 * full colour contrast even when patterned.
 *
 * @example
 * renderBarPaint('members', 1); // 'fill="url(#members-fill-1)" stroke="#d55e00" stroke-width="1.5"'
 */
export function renderBarPaint(id: string, series: number): string {
  const color = pickSeriesColor(series);
  const paint = fills[series % fills.length] === 'solid' ? color : `url(#${patternId(id, series)})`;
  return `fill="${paint}" stroke="${color}" stroke-width="1.5"`;
}

/**
 * The `<defs>` with one pattern per patterned series, or '' when every bar is solid. Ids are
 * prefixed with the chart id so charts on one page don't clash.
 *
 * @example
 * renderPatternDefs('members', 1); // ''
 * renderPatternDefs('members', 2); // '<defs><pattern id="members-fill-1" …></pattern></defs>'
 */
export function renderPatternDefs(id: string, seriesCount: number): string {
  const defs: string[] = [];
  for (let series = 0; series < seriesCount; series += 1) {
    const fill = fills[series % fills.length]!;
    if (fill !== 'solid') defs.push(patternTiles[fill](patternId(id, series), pickSeriesColor(series)));
  }
  return defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '';
}

function patternId(id: string, series: number): string {
  return `${id}-fill-${series}`;
}
