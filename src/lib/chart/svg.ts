import { escapeXml } from '../outputs/xml';
import { assertRenderable, type ChartData } from './data';
import { fontSize, layoutChart, type ChartLayout } from './layout';
import {
  gridColor,
  pickSeriesColor,
  renderBarPaint,
  renderDashAttribute,
  renderMarkerPaint,
  renderPatternDefs,
  textColor,
} from './palette';

/** Options for {@link renderChartSvg}. */
export interface ChartSvgOptions {
  type: 'bar' | 'line';
  /** Short accessible name; becomes the SVG `<title>`. */
  title: string;
  /** Longer description (what the chart shows, the main finding); becomes the SVG `<desc>`. */
  description: string;
  /** Unique on the page; prefixes the ids of `<title>`, `<desc>` and the fill patterns. */
  id: string;
  /** Formats tick labels in the reader's locale, e.g. `new Intl.NumberFormat('uk-UA').format`. */
  formatNumber: (value: number) => string;
  /** viewBox width in user units (default 600). The SVG itself always scales to its container. */
  width?: number;
  /** viewBox height in user units (default 340). */
  height?: number;
  /** Optional y-axis caption such as a unit ("Companies", "€ million"). */
  yLabel?: string;
}

/** What `aria-labelledby` and `url(#…)` can refer to without escaping. */
const idPattern = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Renders chart data as a complete, accessible `<svg>` string for inlining into a page at build
 * time. Pure and deterministic (same input, same string), so pages built twice are byte-identical.
 *
 * - `role="img"` with `aria-labelledby` pointing at `<title>` and `<desc>`, its first children,
 *   so screen readers announce the chart once as an image; pair it with
 *   {@link buildChartTable} for the values.
 * - Only a `viewBox` and `width="100%"`: it scales down to 320 px screens.
 * - A y axis from 4–6 nice ticks including 0, formatted with `formatNumber` (reader's locale).
 * - Bars: grouped per label, one `<rect class="bar" data-series data-label data-value>` per value.
 *   Lines: one `<polyline class="line">` per series and a `<circle class="point">` per value.
 * - A legend when there are several series; each series differs in colour and in fill pattern
 *   (bars) or dash and marker (lines), so colour is not the only cue.
 *
 * @throws {RangeError} For an invalid `id`, size, or inconsistent data (use
 *   {@link parseChartData} to validate authored data with friendly messages first).
 *
 * @example
 * const svg = renderChartSvg(
 *   { labels: ['2024', '2025'], series: [{ name: 'Members', values: [120, 150] }] },
 *   {
 *     type: 'bar',
 *     id: 'members-chart',
 *     title: 'Cluster members per year',
 *     description: 'Members grew from 120 in 2024 to 150 in 2025.',
 *     formatNumber: new Intl.NumberFormat('uk-UA').format,
 *   },
 * );
 * // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 340" width="100%" role="img" …'
 */
export function renderChartSvg(data: ChartData, options: ChartSvgOptions): string {
  assertRenderable(data);
  const { type, id } = options;
  const width = options.width ?? 600;
  const height = options.height ?? 340;
  checkSvgOptions(id, width, height);
  const layout = layoutChart(data, { width, height, formatNumber: options.formatNumber, yLabel: options.yLabel });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${formatCoordinate(width)} ${formatCoordinate(height)}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart chart-${type}" font-family="inherit" font-size="${fontSize}">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
    type === 'bar' ? renderPatternDefs(id, data.series.length) : '',
    renderYAxis(layout, options.yLabel),
    renderXAxis(data.labels, layout),
    type === 'bar' ? renderBars(data, layout, id) : renderLines(data, layout),
    // The zero line goes over bars so negative and positive bars visibly share a baseline.
    renderHorizontalLine('baseline', layout, layout.yOf(0), textColor),
    renderLegend(data, layout, type, id),
    '</svg>',
  ].join('');
}

function checkSvgOptions(id: string, width: number, height: number): void {
  if (!idPattern.test(id)) {
    throw new RangeError(`Chart id must start with a letter and contain only letters, digits, "-" and "_", got "${id}"`);
  }
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isFinite(value) || value < 120) {
      throw new RangeError(`Chart ${name} must be a finite number of at least 120, got ${value}`);
    }
  }
}

function renderYAxis(layout: ChartLayout, yLabel: string | undefined): string {
  const parts = layout.ticks.map((tick, i) => {
    const y = formatCoordinate(layout.yOf(tick));
    return (
      renderHorizontalLine('grid', layout, layout.yOf(tick), gridColor) +
      `<text class="tick" x="${formatCoordinate(layout.plotLeft - 8)}" y="${y}" dy="0.32em" text-anchor="end" fill="${textColor}">${escapeXml(layout.tickLabels[i]!)}</text>`
    );
  });
  if (yLabel) {
    const x = formatCoordinate(8 + fontSize / 2);
    const y = formatCoordinate((layout.plotTop + layout.plotBottom) / 2);
    parts.push(
      `<text class="y-label" x="${x}" y="${y}" dy="0.32em" text-anchor="middle" transform="rotate(-90 ${x} ${y})" fill="${textColor}">${escapeXml(yLabel)}</text>`,
    );
  }
  return `<g class="y-axis">${parts.join('')}</g>`;
}

function renderXAxis(labels: string[], layout: ChartLayout): string {
  const y = formatCoordinate(layout.plotBottom + (layout.rotateLabels ? 10 : fontSize + 4));
  const parts = labels.map((label, i) => {
    const x = formatCoordinate(layout.xOf(i));
    return layout.rotateLabels
      ? `<text class="x-label" x="${x}" y="${y}" dy="0.32em" text-anchor="end" transform="rotate(-40 ${x} ${y})" fill="${textColor}">${escapeXml(label)}</text>`
      : `<text class="x-label" x="${x}" y="${y}" text-anchor="middle" fill="${textColor}">${escapeXml(label)}</text>`;
  });
  return `<g class="x-axis">${parts.join('')}</g>`;
}

/** A line across the plot at height `y`: grid lines and the zero baseline. */
function renderHorizontalLine(className: string, layout: ChartLayout, y: number, stroke: string): string {
  const x1 = formatCoordinate(layout.plotLeft);
  const x2 = formatCoordinate(layout.plotRight);
  return `<line class="${className}" x1="${x1}" x2="${x2}" y1="${formatCoordinate(y)}" y2="${formatCoordinate(y)}" stroke="${stroke}" stroke-width="1"/>`;
}

/** Bars of one label stand side by side in the middle 80% of its slot, so groups stay apart. */
function renderBars(data: ChartData, layout: ChartLayout, id: string): string {
  const groupWidth = layout.band * 0.8;
  const barWidth = groupWidth / data.series.length;
  const zero = layout.yOf(0);
  return data.series
    .map((s, series) => {
      const bars = s.values.map((value, label) => {
        const x = layout.xOf(label) - groupWidth / 2 + barWidth * series;
        const y = Math.min(layout.yOf(value), zero);
        const height = Math.abs(layout.yOf(value) - zero);
        return `<rect class="bar" data-series="${series}" data-label="${escapeXml(data.labels[label]!)}" data-value="${value}" x="${formatCoordinate(x)}" y="${formatCoordinate(y)}" width="${formatCoordinate(barWidth)}" height="${formatCoordinate(height)}" ${renderBarPaint(id, series)}/>`;
      });
      return `<g class="series" data-series="${series}">${bars.join('')}</g>`;
    })
    .join('');
}

function renderLines(data: ChartData, layout: ChartLayout): string {
  return data.series
    .map((s, series) => {
      const at = s.values.map((value, label) => ({ x: formatCoordinate(layout.xOf(label)), y: formatCoordinate(layout.yOf(value)) }));
      const line = `<polyline class="line" data-series="${series}" points="${at.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${pickSeriesColor(series)}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"${renderDashAttribute(series)}/>`;
      const points = s.values.map(
        (value, label) =>
          `<circle class="point" data-series="${series}" data-label="${escapeXml(data.labels[label]!)}" data-value="${value}" cx="${at[label]!.x}" cy="${at[label]!.y}" r="4" ${renderMarkerPaint(series)}/>`,
      );
      return `<g class="series" data-series="${series}">${line}${points.join('')}</g>`;
    })
    .join('');
}

function renderLegend(data: ChartData, layout: ChartLayout, type: ChartSvgOptions['type'], id: string): string {
  if (layout.legend.length === 0) return '';
  const items = layout.legend.map(({ series, x, y }) => {
    const swatch =
      type === 'bar'
        ? `<rect x="${formatCoordinate(x)}" y="${formatCoordinate(y - 7)}" width="22" height="14" ${renderBarPaint(id, series)}/>`
        : `<line x1="${formatCoordinate(x)}" x2="${formatCoordinate(x + 22)}" y1="${formatCoordinate(y)}" y2="${formatCoordinate(y)}" stroke="${pickSeriesColor(series)}" stroke-width="2.5"${renderDashAttribute(series)}/>` +
          `<circle cx="${formatCoordinate(x + 11)}" cy="${formatCoordinate(y)}" r="4" ${renderMarkerPaint(series)}/>`;
    return `<g class="legend-item" data-series="${series}">${swatch}<text x="${formatCoordinate(x + 28)}" y="${formatCoordinate(y)}" dy="0.32em" fill="${textColor}">${escapeXml(data.series[series]!.name)}</text></g>`;
  });
  return `<g class="legend">${items.join('')}</g>`;
}

/** Rounds a coordinate to 2 decimals; keeps the markup short and the output stable. */
function formatCoordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded); // no "-0"
}
