import { describe, it, expect } from 'vitest';
import { parseChartData } from '../../../src/lib/chart';
import { chartErrorOf } from '../../helpers/chart';

const csvFile = 'content/studies/data/x.csv';
const jsonFile = 'content/studies/data/x.json';

const csvError = (text: string): string => chartErrorOf(() => parseChartData(text, 'csv', csvFile));
const jsonError = (text: string): string => chartErrorOf(() => parseChartData(text, 'json', jsonFile));

describe('parseChartData', () => {
  it('accepts a file without a final newline and a byte-order mark from spreadsheet exports', () => {
    expect(parseChartData('\uFEFFyear,value\n2024,1', 'csv', csvFile)).toEqual({ labels: ['2024'], series: [{ name: 'value', values: [1] }] });
  });

  it('drops the byte-order mark before JSON too', () => {
    expect(parseChartData('\uFEFF{"labels": ["a"], "series": [{"name": "s", "values": [1]}]}', 'json', jsonFile)).toEqual({
      labels: ['a'],
      series: [{ name: 's', values: [1] }],
    });
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n'],
  ])('rejects %s and says what to add', (_, text) => {
    expect(csvError(text)).toBe(
      `${csvFile}: the file is empty. Add a header row (label column, then one column per series) and at least one data row.`,
    );
  });

  it('rejects an empty JSON file and shows an object to start from', () => {
    expect(jsonError('  ')).toMatch(/^content\/studies\/data\/x\.json: the file is empty\. Add an object like \{"labels"/);
  });

  it('rejects duplicate labels and duplicate series names', () => {
    expect(csvError('year,value\n2024,1\n2024,2\n')).toBe(
      `${csvFile}: row 3: label "2024" already appears in row 2. Each label must be unique; merge or rename the rows.`,
    );
    expect(csvError('year,a,a\n2024,1,2\n')).toBe(`${csvFile}: two series are named "a". Give each series a unique name.`);
  });

  it('names a duplicate JSON label by its index, and compares names after trimming', () => {
    expect(jsonError('{"labels": ["a", "b", "a"], "series": [{"name": "s", "values": [1, 2, 3]}]}')).toBe(
      `${jsonFile}: labels[2]: label "a" already appears in labels[0]. Each label must be unique; merge or rename the rows.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "s", "values": [1]}, {"name": " s ", "values": [2]}]}')).toBe(
      `${jsonFile}: two series are named "s". Give each series a unique name.`,
    );
  });
});
