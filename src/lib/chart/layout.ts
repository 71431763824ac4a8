import { chooseNiceTicks } from './axis';
import type { ChartData } from './data';

/** Font size of all chart text in user units; the layout reserves space for text at this size. */
export const fontSize = 14;

/** A legend entry: the series it stands for and where its swatch starts (x) and its row's middle (y). */
export interface LegendItem {
  series: number;
  x: number;
  y: number;
}

/** Where everything goes, in viewBox user units. */
export interface ChartLayout {
  /** The y-axis ticks and their formatted labels, in the same order. */
  ticks: number[];
  tickLabels: string[];
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  /** The width of each label's slot along the x axis. */
  band: number;
  /** Long or many x labels would overlap when horizontal, so they are turned 40° instead. */
  rotateLabels: boolean;
  /** Empty for a single series, whose name the title already gives. */
  legend: LegendItem[];
  /** The y coordinate of a value. */
  yOf: (value: number) => number;
  /** The x coordinate of the middle of label `index`'s slot. */
  xOf: (index: number) => number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  formatNumber: (value: number) => string;
  yLabel?: string;
}

const legendRowHeight = fontSize + 10;
/** Space between the legend and the viewBox's left and right edges. */
const edge = 12;
/** Space right of the plot, so the last bar or point is not flush with the edge. */
const rightMargin = 16;

/**
 * Lays out a chart: y-axis ticks, plot area, x-label rotation and legend. Text is measured
 * roughly (see `estimateTextWidth`), which is enough to keep labels from overlapping or clipping.
 *
 * @example
 * const layout = layoutChart(
 *   { labels: ['2024', '2025'], series: [{ name: 'Members', values: [120, 150] }] },
 *   { width: 600, height: 340, formatNumber: String },
 * );
 * layout.ticks; // [0, 50, 100, 150]
 * layout.yOf(0) === layout.plotBottom; // true
 */
export function layoutChart(data: ChartData, options: LayoutOptions): ChartLayout {
  const { width, height, formatNumber } = options;
  const values = data.series.flatMap((s) => s.values);
  const ticks = chooseNiceTicks(Math.min(...values), Math.max(...values));
  const tickLabels = ticks.map((t) => formatNumber(t));
  const legend = data.series.length > 1 ? layoutLegend(data.series.map((s) => s.name), width) : [];
  const legendRows = legend.length > 0 ? Math.max(...legend.map((item) => item.row)) + 1 : 0;

  const yLabelSpace = options.yLabel ? fontSize + 8 : 0;
  const plotLeft = 8 + yLabelSpace + Math.max(...tickLabels.map((t) => estimateTextWidth(t))) + 10;
  const plotRight = width - rightMargin;
  const plotTop = 10 + legendRows * legendRowHeight + fontSize / 2;
  const band = (width - plotLeft - rightMargin) / data.labels.length;

  const longestLabel = Math.max(...data.labels.map((l) => estimateTextWidth(l)));
  const rotateLabels = longestLabel > band - 6;
  const bottom = rotateLabels
    ? Math.min(fontSize + 8 + longestLabel * Math.sin((40 * Math.PI) / 180), height * 0.4)
    : fontSize + 14;
  const plotBottom = height - bottom;
  const lo = ticks[0]!;
  const hi = ticks[ticks.length - 1]!;
  return {
    ticks,
    tickLabels,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    band,
    rotateLabels,
    legend: legend.map(({ series, x, row }) => ({ series, x, y: 10 + row * legendRowHeight + fontSize / 2 })),
    yOf: (value) => plotBottom - ((value - lo) / (hi - lo)) * (plotBottom - plotTop),
    xOf: (index) => plotLeft + band * (index + 0.5),
  };
}

/** Places legend items left to right, wrapping onto a further row when the next would overflow. */
function layoutLegend(names: string[], width: number): { series: number; x: number; row: number }[] {
  const items: { series: number; x: number; row: number }[] = [];
  let x = edge;
  let row = 0;
  names.forEach((name, series) => {
    // Swatch and gap, the name, then space before the next item.
    const itemWidth = 28 + estimateTextWidth(name) + 20;
    if (x + itemWidth > width - edge && x > edge) {
      row += 1;
      x = edge;
    }
    items.push({ series, x, row });
    x += itemWidth;
  });
  return items;
}

/** Rough text width in user units; good enough for layout, since no font metrics exist at build time. */
function estimateTextWidth(text: string): number {
  return [...text].length * fontSize * 0.6;
}
