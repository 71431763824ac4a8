import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadChart, type ChartData } from '../../../src/lib/chart';
import { claimChartId, type LoadChartOptions } from '../../../src/lib/chart/load';
import { en } from '../../helpers/chart';

const fixtureData = resolve(import.meta.dirname, '../../fixtures/content/data');
const mdx = 'studies/en/fixture-study.mdx';
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'itbridge-chart-'));
  writeFileSync(join(scratch, 'bad.csv'), 'Year,Members\n2024,12O\n');
  const data: ChartData = { labels: ['2024', '2025'], series: [{ name: 'Members', values: [120, 180] }] };
  writeFileSync(join(scratch, 'members.json'), JSON.stringify(data));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture study's chart, as written in tests/fixtures/content/studies/en/fixture-study.mdx. */
function chart(overrides: Partial<LoadChartOptions> = {}): LoadChartOptions {
  return {
    src: 'fixture-chart.csv',
    type: 'bar',
    title: 'Fixture members and events',
    description: 'Members and events per year in the fixture data.',
    labelHeader: 'Year',
    file: mdx,
    dataDir: fixtureData,
    formatNumber: en,
    usedIds: new Set(),
    ...overrides,
  };
}

/** Runs `fn` and returns the message it throws. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('loadChart', () => {
  it('reads the data file and gives the template the id, title, SVG and data table', () => {
    const view = loadChart(chart());
    expect(view.id).toBe('chart-fixture-chart');
    expect(view.title).toBe('Fixture members and events');
    expect(view.svg).toMatch(/^<svg [^>]*aria-labelledby="chart-fixture-chart-title chart-fixture-chart-desc"/);
    expect(view.svg).toContain('<title id="chart-fixture-chart-title">Fixture members and events</title>');
    expect(view.svg.match(/<rect class="bar"/g)).toHaveLength(4);
    expect(view.table).toEqual({ head: ['Year', 'Members', 'Events'], rows: [['2024', '120', '4'], ['2025', '180', '7']] });
  });

  it('draws a bar chart unless told to draw lines', () => {
    expect(loadChart(chart({ type: undefined })).svg).toContain('class="chart chart-bar"');
    expect(loadChart(chart({ type: 'line' })).svg).toContain('class="chart chart-line"');
  });

  it('reads a .json data file as JSON', () => {
    const view = loadChart(chart({ src: 'members.json', dataDir: scratch, labelHeader: undefined }));
    expect(view.id).toBe('chart-members');
    expect(view.table).toEqual({ head: ['', 'Members'], rows: [['2024', '120'], ['2025', '180']] });
  });

  it('gives two charts on the same data file different ids on one page, and the first keeps the plain id', () => {
    const usedIds = new Set<string>();
    const first = loadChart(chart({ usedIds }));
    const second = loadChart(chart({ usedIds, type: 'line', title: 'Events' }));
    expect(first.id).toBe('chart-fixture-chart');
    expect(second.id).toBe('chart-fixture-chart-2');
    expect(second.svg).toContain('aria-labelledby="chart-fixture-chart-2-title chart-fixture-chart-2-desc"');
    expect(second.svg).not.toContain('"chart-fixture-chart-title"');
    expect(usedIds).toEqual(new Set(['chart-fixture-chart', 'chart-fixture-chart-2']));
  });

  it('keeps the patterns of two bar charts on one data file apart', () => {
    const usedIds = new Set<string>();
    loadChart(chart({ usedIds }));
    expect(loadChart(chart({ usedIds })).svg).toContain('<pattern id="chart-fixture-chart-2-fill-1"');
  });

  it('starts again from the plain id on another page', () => {
    loadChart(chart());
    expect(loadChart(chart()).id).toBe('chart-fixture-chart');
  });

  it('names the content file, the chart as written and the fix when the data file is missing', () => {
    expect(errorOf(() => loadChart(chart({ src: 'no-such-data.csv' })))).toBe(
      `${mdx}: <Chart src="no-such-data.csv">: the data file ${fixtureData}/no-such-data.csv does not exist. Add it or correct the name.`,
    );
  });

  it('passes on a data error with the content file and the chart in front', () => {
    expect(errorOf(() => loadChart(chart({ src: 'bad.csv', dataDir: scratch })))).toBe(
      `${mdx}: <Chart src="bad.csv">: ${scratch}/bad.csv: row 2, column "Members": "12O" is not a number. Write plain numbers such as 12.5 (a dot for decimals, no thousands separators).`,
    );
  });

  it('requires a title and a description for readers who cannot see the chart', () => {
    const message = `${mdx}: <Chart src="fixture-chart.csv">: title and description are required: they describe the chart to readers who cannot see it.`;
    expect(errorOf(() => loadChart(chart({ title: '' })))).toBe(message);
    expect(errorOf(() => loadChart(chart({ description: '' })))).toBe(message);
  });

  it('refuses an invisible bidi or zero-width character in the title or description, naming it', () => {
    expect(errorOf(() => loadChart(chart({ title: 'Members\u202E per year' })))).toMatch(
      /^studies\/en\/fixture-study\.mdx: <Chart src="fixture-chart\.csv">: title contains an invisible character, .*Delete it/,
    );
    expect(errorOf(() => loadChart(chart({ description: 'Members\u200B grew.' })))).toMatch(/description contains an invisible character/);
  });

  it('rejects a type other than bar or line', () => {
    expect(errorOf(() => loadChart(chart({ type: 'pie' })))).toBe(
      `${mdx}: <Chart src="fixture-chart.csv">: type="pie" is not allowed. Use bar or line.`,
    );
  });

  it.each(['../secret.csv', 'Data.csv', 'data.xlsx', 'sub/data.csv'])('rejects src="%s", which is not a .csv or .json file in content/data/', (src) => {
    expect(errorOf(() => loadChart(chart({ src })))).toBe(
      `${mdx}: <Chart src="${src}">: src must name a .csv or .json file in content/data/, e.g. src="study-sample.csv".`,
    );
  });

  it('gives out no id for a chart that fails', () => {
    const usedIds = new Set<string>();
    expect(() => loadChart(chart({ usedIds, src: 'bad.csv', dataDir: scratch }))).toThrow();
    expect(usedIds.size).toBe(0);
  });
});

describe('claimChartId', () => {
  it('derives the id from the data file name and records it', () => {
    const usedIds = new Set<string>();
    expect(claimChartId('study-sample.csv', usedIds)).toBe('chart-study-sample');
    expect(usedIds.has('chart-study-sample')).toBe(true);
  });

  it('numbers further charts from 2, also across a CSV and a JSON file of the same name', () => {
    const usedIds = new Set<string>();
    expect(['a.csv', 'a.json', 'a.csv'].map((src) => claimChartId(src, usedIds))).toEqual(['chart-a', 'chart-a-2', 'chart-a-3']);
  });

  it('skips a number already taken by a data file whose name ends in it', () => {
    const usedIds = new Set<string>();
    expect(['a.csv', 'a-2.csv', 'a.csv'].map((src) => claimChartId(src, usedIds))).toEqual(['chart-a', 'chart-a-2', 'chart-a-3']);
  });
});
