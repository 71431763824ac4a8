/**
 * Build-time charts: chart data kept in the repository (CSV or JSON) is parsed and validated here
 * and rendered to a self-contained, accessible SVG string. No client chart library and no
 * JavaScript ship to readers; the same data also feeds a data table, the text alternative.
 *
 * Everything but `loadChart`, which reads the data file, is pure and deterministic (same input,
 * same string), so pages built twice are byte-identical and the output can be asserted in unit
 * tests.
 */
export { ChartDataError, type ChartData } from './data';
export { loadChart } from './load';
export { parseChartData } from './parse';
export { renderChartSvg, type ChartSvgOptions } from './svg';
export { buildChartTable } from './table';
