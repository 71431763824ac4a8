import { ChartDataError, type ChartData, type ChartSeries } from './data';
import { formatCount } from './describe';

interface CsvRecord {
  /** 1-based record number (the header is row 1), as authors see it in a spreadsheet. */
  row: number;
  cells: string[];
}

// A strict pattern rather than Number(): Number('') is 0, Number('0x1A') is 26 and Number('1,5')
// is NaN only by luck; authors should get one clear rule.
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const numberFix = 'Write plain numbers such as 12.5 (a dot for decimals, no thousands separators).';

/**
 * Reads chart data from CSV text: the first row is a header; the first column holds the labels and
 * every other column is a numeric series named by its header cell. Fields may be quoted
 * (`"Kyiv, Ukraine"`, `""` for a quote inside); cells are trimmed; blank lines at the end are
 * ignored. Expects text without a byte-order mark (see `parseChartData`).
 *
 * @throws {ChartDataError} Naming the row and column and saying how to fix it.
 *
 * @example
 * parseCsv('country,2024,2025\nUkraine,1200,1500\nRomania,800,950\n', 'data.csv');
 * // { labels: ['Ukraine', 'Romania'],
 * //   series: [{ name: '2024', values: [1200, 800] }, { name: '2025', values: [1500, 950] }] }
 */
export function parseCsv(text: string, file: string): ChartData {
  const [header, ...rows] = splitCsv(text, file);
  if (header === undefined) {
    throw new ChartDataError(file, 'the file is empty. Add a header row and at least one data row.');
  }
  const names = readSeriesNames(header, file);
  if (rows.length === 0) {
    throw new ChartDataError(
      file,
      'the file has a header row but no data rows. Add at least one row: a label, then one number per series.',
    );
  }
  const labels: string[] = [];
  const series: ChartSeries[] = names.map((name) => ({ name, values: [] }));
  for (const record of rows) {
    const [label, cells] = splitRow(record, names, file);
    labels.push(label);
    cells.forEach((cell, index) => {
      series[index]!.values.push(parseCsvNumber(cell, `row ${record.row}, column "${names[index]}"`, file));
    });
  }
  return { labels, series };
}

function readSeriesNames(header: CsvRecord, file: string): string[] {
  const names = header.cells.slice(1);
  if (names.length === 0) {
    throw new ChartDataError(
      file,
      'the header row has only the label column. Add one column per series, e.g. "country,2024,2025".',
    );
  }
  const unnamed = names.indexOf('');
  if (unnamed !== -1) {
    throw new ChartDataError(
      file,
      `row 1, column ${unnamed + 2} has no name. Every column after the first is a series: give it a name in the header row, e.g. "2025".`,
    );
  }
  return names;
}

/** Checks a data row's shape and splits it into its label and its value cells. */
function splitRow(record: CsvRecord, names: string[], file: string): [string, string[]] {
  if (isBlank(record)) {
    throw new ChartDataError(file, `row ${record.row} is empty. Delete the blank line or fill in the row.`);
  }
  const expected = names.length + 1;
  const [label = '', ...cells] = record.cells;
  if (record.cells.length !== expected) {
    throw new ChartDataError(
      file,
      `row ${record.row} has ${formatCount(record.cells.length, 'cell')}, expected ${expected} (a label and ${formatCount(names.length, 'value')}, like the header). Check for a missing value or an unquoted comma; quote labels that contain commas, e.g. "Kyiv, Ukraine".`,
    );
  }
  if (label === '') {
    throw new ChartDataError(
      file,
      `row ${record.row}, column 1 is empty. Write the row's label (e.g. a year or a country) in the first column.`,
    );
  }
  return [label, cells];
}

function parseCsvNumber(cell: string, where: string, file: string): number {
  if (cell === '') {
    throw new ChartDataError(file, `${where} is empty. Write a number (0 if the value is zero).`);
  }
  if (!plainNumber.test(cell)) {
    throw new ChartDataError(file, `${where}: "${cell}" is not a number. ${numberFix}`);
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

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((c) => c === '');
}

/** Splits CSV text into records (RFC 4180 quoting; LF, CRLF or CR line ends). */
function splitCsv(text: string, file: string): CsvRecord[] {
  const tokenizer = new CsvTokenizer(file);
  for (let i = 0; i < text.length; i += 1) {
    i += tokenizer.read(text[i]!, text[i + 1]);
  }
  const records = tokenizer.finish();
  // Blank lines at the end are harmless (editors add them); blank lines in between are not.
  while (records.length > 0 && isBlank(records[records.length - 1]!)) records.pop();
  return records;
}

/** The CSV state machine, fed one character at a time. */
class CsvTokenizer {
  private readonly records: CsvRecord[] = [];
  private cells: string[] = [];
  private cell = '';
  private quoted = false;
  /** A quoted field has closed; only spaces may follow before the comma or line end. */
  private afterQuote = false;
  private row = 1;
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /** Consumes `char`; returns how many characters after it were consumed too (0 or 1). */
  read(char: string, next: string | undefined): number {
    return this.quoted ? this.readQuoted(char, next) : this.readUnquoted(char, next);
  }

  /** Flushes the last record and returns them all. */
  finish(): CsvRecord[] {
    if (this.quoted) {
      throw new ChartDataError(
        this.file,
        `row ${this.row}: a quoted field is never closed. Add the closing double quote; write "" for a quote inside a field.`,
      );
    }
    // Text that does not end with a newline still has a last record to flush.
    if (this.cell !== '' || this.cells.length > 0 || this.afterQuote) this.endRecord();
    return this.records;
  }

  private readQuoted(char: string, next: string | undefined): number {
    if (char !== '"') {
      this.cell += char;
      return 0;
    }
    if (next === '"') {
      this.cell += '"';
      return 1;
    }
    this.quoted = false;
    this.afterQuote = true;
    return 0;
  }

  private readUnquoted(char: string, next: string | undefined): number {
    if (char === ',') {
      this.endCell();
    } else if (char === '\n' || char === '\r') {
      this.endRecord();
      if (char === '\r' && next === '\n') return 1;
    } else if (this.afterQuote) {
      if (char.trim() !== '') {
        throw new ChartDataError(
          this.file,
          `row ${this.row}: unexpected text after a closing double quote. Put the whole field in quotes and write "" for a quote inside it, e.g. "He said ""yes""".`,
        );
      }
    } else if (char === '"' && this.cell.trim() === '') {
      // A quote opens a field only at its start (spaces before it are tolerated and dropped).
      this.cell = '';
      this.quoted = true;
    } else {
      this.cell += char;
    }
    return 0;
  }

  private endCell(): void {
    // Quoted content is trimmed too: stray spaces inside quotes are never meaningful in a label.
    this.cells.push(this.cell.trim());
    this.cell = '';
    this.afterQuote = false;
  }

  private endRecord(): void {
    this.endCell();
    this.records.push({ row: this.row, cells: this.cells });
    this.cells = [];
    this.row += 1;
  }
}
