import { componentError } from '../page-data/mdx-context';
import { readChartSource, ChartSourceError } from './chart-source';
import { renderChartSvg } from './svg';
import { buildChartTable, type ChartTable } from './table';

/** A `<Chart>` as an editor wrote it in MDX, and what the page around it provides. */
export interface LoadChartOptions {
  /** Data file in `dataDir`, e.g. "study-sample.csv". */
  src: string;
  /** "bar" (the default) or "line"; any string, since MDX does not type-check props. */
  type?: string;
  title: string;
  description: string;
  /** Header of the label column in the data table, e.g. "Year". */
  labelHeader?: string;
  /** The content file the chart is in, named first in every error message. */
  file: string;
  /** The folder of chart data files, e.g. "content/data". */
  dataDir: string;
  /** Formats numbers in the language of the text around the chart. */
  formatNumber: (value: number) => string;
  /** Ids already given to charts on this page; the new chart's id is added to it. */
  usedIds: Set<string>;
}

/** What the `<Chart>` template renders. */
export interface ChartView {
  /** Unique on the page; prefixes the ids inside the SVG and the caption's id. */
  id: string;
  title: string;
  svg: string;
  table: ChartTable;
}

/**
 * Checks a `<Chart>`'s props, reads and validates its data file, and renders the SVG and the data
 * table. Every problem an editor can cause throws an error naming the content file, the chart as
 * written and the fix.
 *
 * @example
 * loadChart({
 *   src: 'study-sample.csv', title: 'Members per year', description: 'Members grew from 120 to 180.',
 *   file: 'content/studies/en/study.mdx', dataDir: 'content/data',
 *   formatNumber: new Intl.NumberFormat('en').format, usedIds: new Set(),
 * });
 * // { id: 'chart-study-sample', title: 'Members per year', svg: '<svg …</svg>', table: { head: ['', …], rows: […] } }
 */
export function loadChart(options: LoadChartOptions): ChartView {
  const { src, title, description, labelHeader = '', file, formatNumber } = options;
  let source: ReturnType<typeof readChartSource>;
  try {
    // The same checks npm run check:content makes, so both refuse the same charts in the same words.
    source = readChartSource(options, options.dataDir);
  } catch (error) {
    if (error instanceof ChartSourceError) throw componentError(file, `Chart src="${src}"`, error.message);
    throw error;
  }
  const { type, data } = source;
  const id = claimChartId(src, options.usedIds);
  return {
    id,
    title,
    svg: renderChartSvg(data, { type, title, description, id, formatNumber }),
    table: buildChartTable(data, formatNumber, labelHeader),
  };
}

/**
 * The id of a chart on its page: `chart-` and the data file's name, then `-2`, `-3`, … for further
 * charts on the same file, since ids must be unique in an HTML document. The first chart on a file
 * keeps the plain id, so adding a second chart does not change the first one's anchors.
 *
 * @example
 * const usedIds = new Set<string>();
 * claimChartId('study-sample.csv', usedIds); // 'chart-study-sample'
 * claimChartId('study-sample.json', usedIds); // 'chart-study-sample-2'
 */
export function claimChartId(src: string, usedIds: Set<string>): string {
  const base = `chart-${src.replace(/\.(csv|json)$/, '')}`;
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);
  return id;
}
