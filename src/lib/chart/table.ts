import { assertRenderable, type ChartData } from './data';

/** The data table beside a chart: a header row, then one row per label. */
export interface ChartTable {
  /** The label column's header, then one header per series. */
  head: string[];
  /** Per label: the label, then one formatted value per series. */
  rows: string[][];
}

/**
 * The data-table alternative to a chart: one row per label, one column per series. Values go
 * through `formatNumber` so they read in the reader's locale. Cells are plain (unescaped) text:
 * the caller's template escapes them.
 *
 * @param labelHeader - Header of the label column, e.g. "Year" (translated by the caller).
 *
 * @example
 * buildChartTable(
 *   { labels: ['2024'], series: [{ name: 'Exports', values: [1200] }] },
 *   new Intl.NumberFormat('en').format,
 *   'Year',
 * );
 * // { head: ['Year', 'Exports'], rows: [['2024', '1,200']] }
 */
export function buildChartTable(
  data: ChartData,
  formatNumber: (value: number) => string,
  labelHeader = '',
): ChartTable {
  assertRenderable(data);
  return {
    head: [labelHeader, ...data.series.map((s) => s.name)],
    rows: data.labels.map((label, i) => [label, ...data.series.map((s) => formatNumber(s.values[i]!))]),
  };
}
