/** Chart data: one label per category and, per series, one value per label (same order). */
export type ChartData = { labels: string[]; series: ChartSeries[] };

/** One series: its name (legend, table header) and one value per label. */
export type ChartSeries = { name: string; values: number[] };

/**
 * Thrown for chart data an author needs to fix. The message always starts with the file path,
 * then says what is wrong and how to fix it, because it surfaces as a build error and the
 * author may never read this code.
 *
 * @example
 * try {
 *   parseChartData('year,exports\n2024,abc\n', 'csv', 'content/studies/data/x.csv');
 * } catch (error) {
 *   if (error instanceof ChartDataError) console.error(error.message);
 *   // content/studies/data/x.csv: row 2, column "exports": "abc" is not a number. …
 * }
 */
export class ChartDataError extends Error {
  /** The data file the problem was found in. */
  readonly file: string;

  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ChartDataError';
    this.file = file;
  }
}

/**
 * Checks data that did not come through `parseChartData` (a caller building it in code). These are
 * programming errors, not authoring errors, hence a plain RangeError without a file name.
 *
 * @example
 * assertRenderable({ labels: ['a', 'b'], series: [{ name: 's', values: [1] }] });
 * // throws RangeError: Series "s" has 1 values for 2 labels
 */
export function assertRenderable(data: ChartData): void {
  if (data.labels.length === 0 || data.series.length === 0) {
    throw new RangeError('Chart data needs at least one label and one series');
  }
  for (const s of data.series) {
    if (s.values.length !== data.labels.length) {
      throw new RangeError(`Series "${s.name}" has ${s.values.length} values for ${data.labels.length} labels`);
    }
    if (!s.values.every(Number.isFinite)) {
      throw new RangeError(`Series "${s.name}" has a value that is not a finite number`);
    }
  }
}
