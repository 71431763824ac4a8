/**
 * Build-time charts: chart data kept in the repository (CSV or JSON) is parsed and validated here
 * and rendered to a self-contained, accessible SVG string. No client chart library and no
 * JavaScript ship to readers; the same data also feeds a data table, the text alternative.
 *
 * Everything in this module is pure and deterministic (same input → same string), so pages built
 * twice are byte-identical and the output can be asserted in unit tests.
 */

import { escapeXml } from '../outputs/xml';

/** Chart data: one label per category and, per series, one value per label (same order). */
export type ChartData = { labels: string[]; series: { name: string; values: number[] }[] };

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
  formatNumber: (n: number) => string;
  /** viewBox width in user units (default 600). The SVG itself always scales to its container. */
  width?: number;
  /** viewBox height in user units (default 340). */
  height?: number;
  /** Optional y-axis caption such as a unit ("Companies", "€ million"). */
  yLabel?: string;
}

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
export { escapeXml };

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
 * Series colours. Each has at least 3:1 contrast against white (WCAG 2.x 1.4.11, non-text
 * contrast) and they differ in hue and lightness (blue, vermillion, green, magenta, ochre,
 * purple; drawn from the Okabe–Ito colour-blind-safe set, darkened where needed). Colour is
 * never the only cue: bars also get a fill pattern and lines a dash style and marker.
 *
 * @example
 * CHART_PALETTE[0]; // '#0072b2'
 */
export const CHART_PALETTE: readonly string[] = Object.freeze([
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#b04a8a',
  '#8a6d00',
  '#5e3c99',
]);

/** Text colour; dark enough for 4.5:1 on white at any size. */
const TEXT_COLOUR = '#1a1f2b';
/** Grid lines are decorative (the tick labels carry the values), so they may be light. */
const GRID_COLOUR = '#d5d9e0';
/** Line dash per series; the first stays solid so a single-series chart looks plain. */
const DASHES: readonly string[] = ['', '8 4', '2 3', '10 3 2 3'];
/** Bar fill style per series, cycled independently of the colours (6 colours × 4 fills). */
const FILLS = ['solid', 'stripes', 'dots', 'crosshatch'] as const;

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const NUMBER_FIX =
  'Write plain numbers such as 12.5 (a dot for decimals, no thousands separators).';
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/**
 * Parses chart data from a CSV or JSON file's text and validates it.
 *
 * CSV: the first row is a header; the first column holds the labels and every other column is a
 * numeric series named by its header cell. Fields may be quoted (`"Kyiv, Ukraine"`, `""` for a
 * quote inside); cells are trimmed; blank lines at the end are ignored.
 *
 * JSON: `{ "labels": [...], "series": [{ "name": "...", "values": [...] }] }`.
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
    throw new ChartDataError(
      file,
      format === 'csv'
        ? 'the file is empty. Add a header row (label column, then one column per series) and at least one data row.'
        : 'the file is empty. Add an object like {"labels": ["2024"], "series": [{"name": "Exports", "values": [12.5]}]}.',
    );
  }
  const data = format === 'csv' ? parseCsv(body, file) : parseJson(body, file);
  checkUnique(data, file, format);
  return data;
}

interface CsvRecord {
  /** 1-based record number (the header is row 1), as authors see it in a spreadsheet. */
  row: number;
  cells: string[];
}

/** Splits CSV text into records (RFC 4180 quoting; LF, CRLF or CR line ends). */
function splitCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // inside a quoted field
  let afterQuote = false; // a quoted field has closed; only spaces may follow before , or EOL
  let row = 1;
  let i = 0;

  const endCell = (): void => {
    // Quoted content is trimmed too: stray spaces inside quotes are never meaningful in a label.
    cells.push(cell.trim());
    cell = '';
    afterQuote = false;
  };
  const endRecord = (): void => {
    endCell();
    records.push({ row, cells });
    cells = [];
    row += 1;
  };

  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        cell += ch;
      }
      i += 1;
      continue;
    }
    if (ch === ',') {
      endCell();
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else if (afterQuote) {
      if (ch.trim() !== '') {
        throw new ChartDataError(
          file,
          `row ${row}: unexpected text after a closing double quote. Put the whole field in quotes and write "" for a quote inside it, e.g. "He said ""yes""".`,
        );
      }
    } else if (ch === '"' && cell.trim() === '') {
      // A quote opens a field only at its start (spaces before it are tolerated and dropped).
      cell = '';
      quoted = true;
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (quoted) {
    throw new ChartDataError(
      file,
      `row ${row}: a quoted field is never closed. Add the closing double quote; write "" for a quote inside a field.`,
    );
  }
  // Text that does not end with a newline still has a last record to flush.
  if (cell !== '' || cells.length > 0 || afterQuote) endRecord();

  // Blank lines at the end are harmless (editors add them); blank lines in between are not.
  while (records.length > 0 && isBlank(records[records.length - 1] as CsvRecord)) records.pop();
  return records;
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((c) => c === '');
}

function parseCsv(text: string, file: string): ChartData {
  const records = splitCsv(text, file);
  const header = records[0];
  if (header === undefined) {
    throw new ChartDataError(file, 'the file is empty. Add a header row and at least one data row.');
  }
  const names = header.cells.slice(1);
  if (names.length === 0) {
    throw new ChartDataError(
      file,
      'the header row has only the label column. Add one column per series, e.g. "country,2024,2025".',
    );
  }
  names.forEach((name, index) => {
    if (name === '') {
      throw new ChartDataError(
        file,
        `row 1, column ${index + 2} has no name. Every column after the first is a series: give it a name in the header row, e.g. "2025".`,
      );
    }
  });
  const rows = records.slice(1);
  if (rows.length === 0) {
    throw new ChartDataError(
      file,
      'the file has a header row but no data rows. Add at least one row: a label, then one number per series.',
    );
  }

  const expected = header.cells.length;
  const labels: string[] = [];
  const series = names.map((name) => ({ name, values: [] as number[] }));
  for (const record of rows) {
    if (isBlank(record)) {
      throw new ChartDataError(
        file,
        `row ${record.row} is empty. Delete the blank line or fill in the row.`,
      );
    }
    if (record.cells.length !== expected) {
      throw new ChartDataError(
        file,
        `row ${record.row} has ${record.cells.length} ${plural(record.cells.length, 'cell')}, expected ${expected} (a label and ${names.length} ${plural(names.length, 'value')}, like the header). Check for a missing value or an unquoted comma; quote labels that contain commas, e.g. "Kyiv, Ukraine".`,
      );
    }
    const [label, ...cells] = record.cells as [string, ...string[]];
    if (label === '') {
      throw new ChartDataError(
        file,
        `row ${record.row}, column 1 is empty. Write the row's label (e.g. a year or a country) in the first column.`,
      );
    }
    labels.push(label);
    cells.forEach((cell, index) => {
      const where = `row ${record.row}, column "${names[index]}"`;
      (series[index] as { values: number[] }).values.push(parseCsvNumber(cell, where, file));
    });
  }
  return { labels, series };
}

function parseCsvNumber(cell: string, where: string, file: string): number {
  if (cell === '') {
    throw new ChartDataError(file, `${where} is empty. Write a number (0 if the value is zero).`);
  }
  // A strict pattern rather than Number(): Number('') is 0, Number('0x1A') is 26 and
  // Number('1,5') is NaN only by luck; authors should get one clear rule.
  if (!PLAIN_NUMBER.test(cell)) {
    throw new ChartDataError(file, `${where}: "${cell}" is not a number. ${NUMBER_FIX}`);
  }
  const value = Number(cell);
  if (!Number.isFinite(value)) {
    throw new ChartDataError(
      file,
      `${where}: "${cell}" is too large to chart. Write a finite number, or change the unit (e.g. millions).`,
    );
  }
  return value;
}

const JSON_EXAMPLE = '{"labels": ["2024", "2025"], "series": [{"name": "Exports", "values": [12.5, 14]}]}';

function parseJson(text: string, file: string): ChartData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ChartDataError(
      file,
      `is not valid JSON (${reason}). Check for trailing commas, missing commas and unquoted keys or labels.`,
    );
  }
  if (!isRecord(raw)) {
    throw new ChartDataError(file, `expected a JSON object like ${JSON_EXAMPLE}, found ${describe(raw)}.`);
  }

  const rawLabels = raw['labels'];
  if (!Array.isArray(rawLabels)) {
    throw new ChartDataError(
      file,
      `"labels" must be an array of strings, found ${describe(rawLabels)}. Expected shape: ${JSON_EXAMPLE}.`,
    );
  }
  if (rawLabels.length === 0) {
    throw new ChartDataError(file, '"labels" is empty. Add one label per data point, e.g. ["2024", "2025"].');
  }
  const labels = rawLabels.map((label: unknown, index) => {
    if (typeof label !== 'string') {
      const hint = typeof label === 'number' ? ` Put it in quotes: "${label}".` : ' Write it as a string.';
      throw new ChartDataError(file, `labels[${index}] is ${describe(label)}, not a string.${hint}`);
    }
    if (label.trim() === '') {
      throw new ChartDataError(file, `labels[${index}] is empty. Give every data point a label.`);
    }
    return label.trim();
  });

  const rawSeries = raw['series'];
  if (!Array.isArray(rawSeries)) {
    throw new ChartDataError(
      file,
      `"series" must be an array of {"name", "values"} objects, found ${describe(rawSeries)}. Expected shape: ${JSON_EXAMPLE}.`,
    );
  }
  if (rawSeries.length === 0) {
    throw new ChartDataError(file, `"series" is empty. Add at least one series, e.g. {"name": "Exports", "values": [12.5, 14]}.`);
  }
  const series = rawSeries.map((item: unknown, index) => {
    const at = `series[${index}]`;
    if (!isRecord(item)) {
      throw new ChartDataError(
        file,
        `${at} must be an object like {"name": "Exports", "values": [12.5, 14]}, found ${describe(item)}.`,
      );
    }
    const name = item['name'];
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ChartDataError(
        file,
        `${at} has no name. Add "name": "…" with the text to show in the legend and table header.`,
      );
    }
    const label = `series "${name.trim()}"`;
    const values = item['values'];
    if (!Array.isArray(values)) {
      throw new ChartDataError(
        file,
        `${label}: "values" must be an array of numbers, found ${describe(values)}.`,
      );
    }
    if (values.length !== labels.length) {
      throw new ChartDataError(
        file,
        `${label} has ${values.length} ${plural(values.length, 'value')} but there ${labels.length === 1 ? 'is' : 'are'} ${labels.length} ${plural(labels.length, 'label')}. Give exactly one value per label, in the same order.`,
      );
    }
    const numbers = values.map((value: unknown, j) => {
      // JSON.parse turns 1e999 into Infinity, so finiteness needs its own check.
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new ChartDataError(
          file,
          `${label}, values[${j}] (label "${labels[j]}"): ${JSON.stringify(value) ?? String(value)} is not a number. Write plain JSON numbers without quotes, such as 12.5.`,
        );
      }
      return value;
    });
    return { name: name.trim(), values: numbers };
  });
  return { labels, series };
}

/** Duplicate labels or series names make the legend, table and data attributes ambiguous. */
function checkUnique(data: ChartData, file: string, format: 'csv' | 'json'): void {
  const seenLabels = new Map<string, number>();
  data.labels.forEach((label, index) => {
    const first = seenLabels.get(label);
    if (first !== undefined) {
      const place = (i: number): string => (format === 'csv' ? `row ${i + 2}` : `labels[${i}]`);
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'an object';
  return `${String(value)} (a ${typeof value})`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

// ---------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------

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
  formatNumber: (n: number) => string,
  labelHeader = '',
): { head: string[]; rows: string[][] } {
  assertRenderable(data);
  return {
    head: [labelHeader, ...data.series.map((s) => s.name)],
    rows: data.labels.map((label, i) => [label, ...data.series.map((s) => formatNumber(s.values[i] as number))]),
  };
}

// ---------------------------------------------------------------------------------------------
// Axis
// ---------------------------------------------------------------------------------------------

/**
 * "Nice" y-axis ticks: 4–6 evenly spaced round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ) that
 * include 0 and cover `min` and `max`. Zero is always on the axis because bar lengths are only
 * honest when they start at zero. An all-zero range gets the axis 0–1.
 *
 * @example
 * niceTicks(0, 87); // [0, 20, 40, 60, 80, 100]
 * niceTicks(-15, 40); // [-20, 0, 20, 40]
 */
export function niceTicks(min: number, max: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`Tick range must be finite, got ${min}…${max}`);
  }
  const lo = Math.min(0, min, max);
  let hi = Math.max(0, min, max);
  if (lo === hi) hi = 1;

  const span = hi - lo;
  // Start an order of magnitude below the span so the first candidate gives more than 6 ticks.
  // The first step that gives at most 6 then gives at least 4: the step before it gave 7+, so the
  // span exceeds 4 of those steps, and neighbouring candidate steps differ by at most 2×.
  let magnitude = 10 ** Math.floor(Math.log10(span / 10));
  for (;;) {
    for (const factor of [1, 2, 2.5, 5]) {
      const step = factor * magnitude;
      const first = Math.floor(lo / step + 1e-9);
      const last = Math.ceil(hi / step - 1e-9);
      if (last - first + 1 <= 6) {
        const ticks: number[] = [];
        // Multiply integers by the step and trim float noise (0.1 × 3 = 0.30000000000000004).
        for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toPrecision(12)) + 0);
        return ticks;
      }
    }
    magnitude *= 10;
  }
}

// ---------------------------------------------------------------------------------------------
// SVG
// ---------------------------------------------------------------------------------------------


/** Rounds a coordinate to 2 decimals; keeps the markup short and the output stable. */
function n(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded); // no "-0"
}

function assertRenderable(data: ChartData): void {
  if (data.labels.length === 0 || data.series.length === 0) {
    throw new RangeError('Chart data needs at least one label and one series');
  }
  for (const s of data.series) {
    if (s.values.length !== data.labels.length) {
      throw new RangeError(
        `Series "${s.name}" has ${s.values.length} values for ${data.labels.length} labels`,
      );
    }
    if (!s.values.every(Number.isFinite)) {
      throw new RangeError(`Series "${s.name}" has a value that is not a finite number`);
    }
  }
}

/** Rough text width in user units; good enough for layout, since no font metrics exist at build time. */
function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.6;
}

const FONT_SIZE = 14;

/**
 * Renders chart data as a complete, accessible `<svg>` string for inlining into a page at build
 * time.
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
  const { type, id, formatNumber } = options;
  const width = options.width ?? 600;
  const height = options.height ?? 340;
  if (!ID_PATTERN.test(id)) {
    throw new RangeError(`Chart id must start with a letter and contain only letters, digits, "-" and "_", got "${id}"`);
  }
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isFinite(value) || value < 120) {
      throw new RangeError(`Chart ${name} must be a finite number of at least 120, got ${value}`);
    }
  }

  const F = FONT_SIZE;
  const seriesCount = data.series.length;
  const labelCount = data.labels.length;
  const all = data.series.flatMap((s) => s.values);
  const ticks = niceTicks(Math.min(...all), Math.max(...all));
  const tickLabels = ticks.map((t) => formatNumber(t));
  const lo = ticks[0] as number;
  const hi = ticks[ticks.length - 1] as number;

  // Legend layout first: its height pushes the plot down. Items wrap onto further rows.
  const legendItems: { index: number; x: number; row: number }[] = [];
  let legendRows = 0;
  if (seriesCount > 1) {
    const maxX = width - 12;
    let x = 12;
    let row = 0;
    data.series.forEach((s, index) => {
      const itemWidth = 28 + textWidth(s.name, F) + 20;
      if (x + itemWidth > maxX && x > 12) {
        row += 1;
        x = 12;
      }
      legendItems.push({ index, x, row });
      x += itemWidth;
    });
    legendRows = row + 1;
  }
  const legendHeight = legendRows * (F + 10);

  const yLabelSpace = options.yLabel ? F + 8 : 0;
  const left = 8 + yLabelSpace + Math.max(...tickLabels.map((t) => textWidth(t, F))) + 10;
  const right = 16;
  const top = 10 + legendHeight + F / 2;
  const plotWidth = width - left - right;
  const band = plotWidth / labelCount;

  // Long or many x labels would overlap when horizontal, so they are turned 40° instead.
  const longestLabel = Math.max(...data.labels.map((l) => textWidth(l, F)));
  const rotate = longestLabel > band - 6;
  const bottom = rotate
    ? Math.min(F + 8 + longestLabel * Math.sin((40 * Math.PI) / 180), height * 0.4)
    : F + 14;
  const plotTop = top;
  const plotBottom = height - bottom;
  const y = (v: number): number => plotBottom - ((v - lo) / (hi - lo)) * (plotBottom - plotTop);
  const centre = (i: number): number => left + band * (i + 0.5);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(width)} ${n(height)}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc" class="chart chart-${type}" font-family="inherit" font-size="${F}">`,
    `<title id="${id}-title">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>`,
  );

  if (type === 'bar') parts.push(patternDefs(id, seriesCount));

  // Grid and tick labels.
  parts.push('<g class="y-axis">');
  ticks.forEach((tick, i) => {
    const ty = n(y(tick));
    parts.push(
      `<line class="grid" x1="${n(left)}" x2="${n(width - right)}" y1="${ty}" y2="${ty}" stroke="${GRID_COLOUR}" stroke-width="1"/>`,
      `<text class="tick" x="${n(left - 8)}" y="${ty}" dy="0.32em" text-anchor="end" fill="${TEXT_COLOUR}">${escapeXml(tickLabels[i] as string)}</text>`,
    );
  });
  if (options.yLabel) {
    const cx = 8 + F / 2;
    const cy = (plotTop + plotBottom) / 2;
    parts.push(
      `<text class="y-label" x="${n(cx)}" y="${n(cy)}" dy="0.32em" text-anchor="middle" transform="rotate(-90 ${n(cx)} ${n(cy)})" fill="${TEXT_COLOUR}">${escapeXml(options.yLabel)}</text>`,
    );
  }
  parts.push('</g>');

  // x labels.
  parts.push('<g class="x-axis">');
  data.labels.forEach((label, i) => {
    const lx = centre(i);
    const ly = plotBottom + (rotate ? 10 : F + 4);
    parts.push(
      rotate
        ? `<text class="x-label" x="${n(lx)}" y="${n(ly)}" dy="0.32em" text-anchor="end" transform="rotate(-40 ${n(lx)} ${n(ly)})" fill="${TEXT_COLOUR}">${escapeXml(label)}</text>`
        : `<text class="x-label" x="${n(lx)}" y="${n(ly)}" text-anchor="middle" fill="${TEXT_COLOUR}">${escapeXml(label)}</text>`,
    );
  });
  parts.push('</g>');

  // Data.
  const zero = y(0);
  if (type === 'bar') {
    const groupWidth = band * 0.8;
    const barWidth = groupWidth / seriesCount;
    data.series.forEach((s, si) => {
      parts.push(`<g class="series" data-series="${si}">`);
      s.values.forEach((v, li) => {
        const x = centre(li) - groupWidth / 2 + barWidth * si;
        const top = Math.min(y(v), zero);
        const h = Math.abs(y(v) - zero);
        parts.push(
          `<rect class="bar" data-series="${si}" data-label="${escapeXml(data.labels[li] as string)}" data-value="${v}" x="${n(x)}" y="${n(top)}" width="${n(barWidth)}" height="${n(h)}" ${barPaint(id, si)}/>`,
        );
      });
      parts.push('</g>');
    });
  } else {
    data.series.forEach((s, si) => {
      const colour = colourOf(si);
      const points = s.values.map((v, li) => `${n(centre(li))},${n(y(v))}`).join(' ');
      parts.push(
        `<g class="series" data-series="${si}">`,
        `<polyline class="line" data-series="${si}" points="${points}" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"${dashAttr(si)}/>`,
      );
      s.values.forEach((v, li) => {
        parts.push(
          `<circle class="point" data-series="${si}" data-label="${escapeXml(data.labels[li] as string)}" data-value="${v}" cx="${n(centre(li))}" cy="${n(y(v))}" r="4" ${markerPaint(si)}/>`,
        );
      });
      parts.push('</g>');
    });
  }

  // The zero line goes over bars so negative and positive bars visibly share a baseline.
  parts.push(
    `<line class="baseline" x1="${n(left)}" x2="${n(width - right)}" y1="${n(zero)}" y2="${n(zero)}" stroke="${TEXT_COLOUR}" stroke-width="1"/>`,
  );

  if (legendItems.length > 0) {
    parts.push('<g class="legend">');
    for (const item of legendItems) {
      const cy = 10 + item.row * (F + 10) + F / 2;
      const name = escapeXml((data.series[item.index] as { name: string }).name);
      const swatch =
        type === 'bar'
          ? `<rect x="${n(item.x)}" y="${n(cy - 7)}" width="22" height="14" ${barPaint(id, item.index)}/>`
          : `<line x1="${n(item.x)}" x2="${n(item.x + 22)}" y1="${n(cy)}" y2="${n(cy)}" stroke="${colourOf(item.index)}" stroke-width="2.5"${dashAttr(item.index)}/>` +
            `<circle cx="${n(item.x + 11)}" cy="${n(cy)}" r="4" ${markerPaint(item.index)}/>`;
      parts.push(
        `<g class="legend-item" data-series="${item.index}">${swatch}<text x="${n(item.x + 28)}" y="${n(cy)}" dy="0.32em" fill="${TEXT_COLOUR}">${name}</text></g>`,
      );
    }
    parts.push('</g>');
  }

  parts.push('</svg>');
  return parts.join('');
}

function colourOf(series: number): string {
  return CHART_PALETTE[series % CHART_PALETTE.length] as string;
}

function dashAttr(series: number): string {
  const dash = DASHES[series % DASHES.length] as string;
  return dash === '' ? '' : ` stroke-dasharray="${dash}"`;
}

/** Even series get filled markers, odd ones hollow markers: a shape cue besides colour and dash. */
function markerPaint(series: number): string {
  const colour = colourOf(series);
  return series % 2 === 0
    ? `fill="${colour}" stroke="${colour}" stroke-width="2"`
    : `fill="#ffffff" stroke="${colour}" stroke-width="2"`;
}

/** The solid stroke keeps each bar's outline at full colour contrast even when patterned. */
function barPaint(id: string, series: number): string {
  const colour = colourOf(series);
  const fill = FILLS[series % FILLS.length];
  const paint = fill === 'solid' ? colour : `url(#${id}-fill-${series})`;
  return `fill="${paint}" stroke="${colour}" stroke-width="1.5"`;
}

/** One pattern per patterned series; ids are prefixed with the chart id so charts on one page don't clash. */
function patternDefs(id: string, seriesCount: number): string {
  const defs: string[] = [];
  for (let si = 0; si < seriesCount; si += 1) {
    const fill = FILLS[si % FILLS.length];
    const c = colourOf(si);
    const pid = `${id}-fill-${si}`;
    if (fill === 'stripes') {
      defs.push(
        `<pattern id="${pid}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${c}"/><rect width="2" height="6" fill="#ffffff"/></pattern>`,
      );
    } else if (fill === 'dots') {
      defs.push(
        `<pattern id="${pid}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${c}"/><circle cx="3" cy="3" r="1.4" fill="#ffffff"/></pattern>`,
      );
    } else if (fill === 'crosshatch') {
      defs.push(
        `<pattern id="${pid}" width="7" height="7" patternUnits="userSpaceOnUse"><rect width="7" height="7" fill="${c}"/><path d="M0 3.5H7M3.5 0V7" stroke="#ffffff" stroke-width="1.2"/></pattern>`,
      );
    }
  }
  return defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '';
}
