import { describe, it, expect } from 'vitest';
import { buildChartTable } from '../../../src/lib/chart';
import { fixture, uk } from '../../helpers/chart';

describe('buildChartTable', () => {
  it('gives a header of the label column and series names, and one formatted row per label', () => {
    expect(buildChartTable(fixture, uk, 'Країна')).toEqual({
      head: ['Країна', '2024', '2025'],
      rows: [
        ['Ukraine', '50', '100'],
        ['Romania', '20', '40'],
        ['Spain', '35', '70'],
      ],
    });
  });

  it('formats values in the reader\'s locale and leaves escaping to the template', () => {
    const table = buildChartTable({ labels: ['<b>'], series: [{ name: 'A & B', values: [1234.5] }] }, uk);
    expect(table.head).toEqual(['', 'A & B']);
    expect(table.rows).toEqual([['<b>', '1\u00a0234,5']]);
  });

  it('rejects inconsistent data passed in directly', () => {
    expect(() => buildChartTable({ labels: [], series: [{ name: 's', values: [] }] }, uk)).toThrow(
      'Chart data needs at least one label and one series',
    );
  });
});
