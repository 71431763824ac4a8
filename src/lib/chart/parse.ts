import { ChartDataError, type ChartData } from './data';
import { parseCsv } from './parse-csv';
import { parseJson } from './parse-json';

/** How the two formats ask for their first data in an empty file. */
const emptyFileFix = {
  csv: 'Add a header row (label column, then one column per series) and at least one data row.',
  json: 'Add an object like {"labels": ["2024"], "series": [{"name": "Exports", "values": [12.5]}]}.',
} as const;

/**
 * Parses chart data from a CSV or JSON file's text and validates it.
 *
 * CSV: the first row is a header; the first column holds the labels and every other column is a
 * numeric series named by its header cell (see `parseCsv`).
 * JSON: `{ "labels": [...], "series": [{ "name": "...", "values": [...] }] }` (see `parseJson`).
 * In both, labels and series names must be unique.
 *
 * @param text - The file contents.
 * @param format - `'csv'` or `'json'`.
 * @param file - The file path, used only in error messages.
 * @throws {ChartDataError} When the data is malformed; the message names the file, the place and
 *   the fix.
 *
 * @example
 * parseChartData('country,2024,2025\nUkraine,"1,200",1500\n', 'csv', 'data.csv');
 * // throws: data.csv: row 2, column "2024": "1,200" is not a number. …
 *
 * @example
 * parseChartData('country,2024,2025\nUkraine,1200,1500\nRomania,800,950\n', 'csv', 'data.csv');
 * // { labels: ['Ukraine', 'Romania'],
 * //   series: [{ name: '2024', values: [1200, 800] }, { name: '2025', values: [1500, 950] }] }
 */
export function parseChartData(text: string, format: 'csv' | 'json', file: string): ChartData {
  // Spreadsheet exports often start with a byte-order mark; it is not part of the first header.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    throw new ChartDataError(file, `the file is empty. ${emptyFileFix[format]}`);
  }
  const data = format === 'csv' ? parseCsv(body, file) : parseJson(body, file);
  checkUnique(data, file, format);
  return data;
}

/** Duplicate labels or series names make the legend, table and data attributes ambiguous. */
function checkUnique(data: ChartData, file: string, format: 'csv' | 'json'): void {
  const place = (index: number): string => (format === 'csv' ? `row ${index + 2}` : `labels[${index}]`);
  const seenLabels = new Map<string, number>();
  data.labels.forEach((label, index) => {
    const first = seenLabels.get(label);
    if (first !== undefined) {
      throw new ChartDataError(
        file,
        `${place(index)}: label "${label}" already appears in ${place(first)}. Each label must be unique; merge or rename the rows.`,
      );
    }
    seenLabels.set(label, index);
  });
  const seenNames = new Set<string>();
  for (const { name } of data.series) {
    if (seenNames.has(name)) {
      throw new ChartDataError(file, `two series are named "${name}". Give each series a unique name.`);
    }
    seenNames.add(name);
  }
}
