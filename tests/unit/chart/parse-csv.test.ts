import { describe, it, expect } from 'vitest';
import { parseChartData, type ChartData } from '../../../src/lib/chart';
import { chartErrorOf } from '../../helpers/chart';

// Through parseChartData, the one way into the CSV parser, so messages are asserted as authors see them.
const csvFile = 'content/studies/data/x.csv';
const numberFix = 'Write plain numbers such as 12.5 (a dot for decimals, no thousands separators).';

const csv = (text: string): ChartData => parseChartData(text, 'csv', csvFile);
const csvError = (text: string): string => chartErrorOf(() => csv(text));

describe('parseChartData with CSV', () => {
  it('takes labels from the first column and one series per further column, named by its header', () => {
    expect(csv('country,2024,2025\nUkraine,50,100\nRomania,20,40\n')).toEqual({
      labels: ['Ukraine', 'Romania'],
      series: [
        { name: '2024', values: [50, 20] },
        { name: '2025', values: [100, 40] },
      ],
    });
  });

  it('keeps commas inside quoted fields and reads "" as a quote', () => {
    const data = csv('city,"Members, total"\n"Kyiv, Ukraine",12\n"The ""Hub""",3.5\n');
    expect(data.labels).toEqual(['Kyiv, Ukraine', 'The "Hub"']);
    expect(data.series).toEqual([{ name: 'Members, total', values: [12, 3.5] }]);
  });

  it('trims cells, accepts CRLF line ends and ignores blank lines at the end', () => {
    const data = csv('country , members\r\n  Spain ,  7 \r\n\r\n\n');
    expect(data).toEqual({ labels: ['Spain'], series: [{ name: 'members', values: [7] }] });
  });

  it('accepts old Mac CR line ends and spaces around a quoted field', () => {
    expect(csv('k,v\r "a" ,1\r"b",2')).toEqual({ labels: ['a', 'b'], series: [{ name: 'v', values: [1, 2] }] });
  });

  it('reads negative, signed, decimal and exponent numbers', () => {
    expect(csv('k,v\na,-12.5\nb,+3\nc,.5\nd,1e3\n').series[0]?.values).toEqual([-12.5, 3, 0.5, 1000]);
  });

  it('rejects a value that is not a number, naming the file, row, column and the fix', () => {
    expect(csvError('country,2024,2025\nUkraine,1,2\nRomania,3,abc\n')).toBe(
      `${csvFile}: row 3, column "2025": "abc" is not a number. ${numberFix}`,
    );
  });

  it.each([
    ['a thousands separator', '"1,200"'],
    ['a space as thousands separator', '1 200'],
    ['a decimal comma in quotes', '"1,5"'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['a hexadecimal number', '0x1A'],
  ])('rejects %s as not a number', (_, cell) => {
    const shown = cell.replace(/^"|"$/g, '');
    expect(csvError(`year,value\n2024,${cell}\n`)).toBe(
      `${csvFile}: row 2, column "value": "${shown}" is not a number. ${numberFix}`,
    );
  });

  it('rejects a number too large to be finite', () => {
    expect(csvError('year,value\n2024,1e999\n')).toMatch(
      /^content\/studies\/data\/x\.csv: row 2, column "value": "1e999" is too large to chart\. Write a finite number/,
    );
  });

  it('rejects an empty value cell and says to write 0 for zero', () => {
    expect(csvError('year,a,b\n2024,,3\n')).toBe(
      `${csvFile}: row 2, column "a" is empty. Write a number (0 if the value is zero).`,
    );
  });

  it('rejects a file whose only row is blank cells', () => {
    expect(csvError(',,\n')).toBe(`${csvFile}: the file is empty. Add a header row and at least one data row.`);
  });

  it('rejects a header without data rows', () => {
    expect(csvError('country,2024\n\n')).toBe(
      `${csvFile}: the file has a header row but no data rows. Add at least one row: a label, then one number per series.`,
    );
  });

  it('rejects a row with the wrong number of cells, saying which row and how many are expected', () => {
    const message = csvError('country,2024,2025\nUkraine,1,2\nRomania,3\n');
    expect(message).toMatch(/^content\/studies\/data\/x\.csv: row 3 has 2 cells, expected 3 /);
    expect(message).toContain('quote labels that contain commas, e.g. "Kyiv, Ukraine"');
  });

  it('counts an unquoted decimal comma as an extra cell', () => {
    expect(csvError('year,value\n2024,1,5\n')).toMatch(/^content\/studies\/data\/x\.csv: row 2 has 3 cells, expected 2 /);
  });

  it('writes "1 value" and "1 cell" in the singular', () => {
    expect(csvError('k,v,w\na,1\n')).toContain('row 2 has 2 cells, expected 3 (a label and 2 values, like the header)');
    expect(csvError('k,v\na\n')).toContain('row 2 has 1 cell, expected 2 (a label and 1 value, like the header)');
  });

  it('rejects a series column without a name in the header', () => {
    expect(csvError('country,2024,\nUkraine,1,2\n')).toBe(
      `${csvFile}: row 1, column 3 has no name. Every column after the first is a series: give it a name in the header row, e.g. "2025".`,
    );
  });

  it('rejects a header with no series columns', () => {
    expect(csvError('country\nUkraine\n')).toMatch(/^content\/studies\/data\/x\.csv: the header row has only the label column\./);
  });

  it('rejects a blank line between data rows', () => {
    expect(csvError('year,value\n2024,1\n\n2025,2\n')).toBe(
      `${csvFile}: row 3 is empty. Delete the blank line or fill in the row.`,
    );
  });

  it('rejects a row without a label', () => {
    expect(csvError('year,value\n,1\n')).toMatch(/^content\/studies\/data\/x\.csv: row 2, column 1 is empty\. Write the row's label/);
  });

  it('rejects a quoted field that is never closed', () => {
    expect(csvError('year,value\n"2024,1\n')).toMatch(/^content\/studies\/data\/x\.csv: row 2: a quoted field is never closed\. Add the closing double quote/);
  });

  it('rejects text after a closing quote', () => {
    expect(csvError('year,value\n"20"24,1\n')).toMatch(/^content\/studies\/data\/x\.csv: row 2: unexpected text after a closing double quote\./);
  });
});
