import { describe, it, expect } from 'vitest';
import {
  CHART_PALETTE,
  ChartDataError,
  buildChartTable,
  escapeXml,
  niceTicks,
  parseChartData,
  renderChartSvg,
  type ChartData,
  type ChartSvgOptions,
} from '../../../src/lib/chart';

const FILE = 'content/studies/data/x.csv';
const JSON_FILE = 'content/studies/data/x.json';
const NUMBER_FIX = 'Write plain numbers such as 12.5 (a dot for decimals, no thousands separators).';

/** Runs `fn`, expects a ChartDataError and returns its message. */
function chartError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChartDataError);
    return (error as ChartDataError).message;
  }
  throw new Error('expected a ChartDataError, but nothing was thrown');
}

const csv = (text: string): ChartData => parseChartData(text, 'csv', FILE);
const csvError = (text: string): string => chartError(() => csv(text));
const json = (value: unknown): ChartData => parseChartData(JSON.stringify(value), 'json', JSON_FILE);
const jsonError = (text: string): string => chartError(() => parseChartData(text, 'json', JSON_FILE));

/** Attribute maps of every `<tag …>` element in the markup, in document order. */
function elements(svg: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
      attributes[name as string] = value as string;
    }
    found.push(attributes);
  }
  return found;
}

/** Text content of every `<text class="…">` of the given class. */
function texts(svg: string, className: string): string[] {
  return [...svg.matchAll(new RegExp(`<text class="${className}"[^>]*>([^<]*)</text>`, 'g'))].map(
    (m) => m[1] as string,
  );
}

const en = new Intl.NumberFormat('en-GB').format;
const uk = new Intl.NumberFormat('uk-UA').format;

const fixture: ChartData = {
  labels: ['Ukraine', 'Romania', 'Spain'],
  series: [
    { name: '2024', values: [50, 20, 35] },
    { name: '2025', values: [100, 40, 70] },
  ],
};

function options(overrides: Partial<ChartSvgOptions> = {}): ChartSvgOptions {
  return {
    type: 'bar',
    title: 'Cluster members',
    description: 'Members per country in 2024 and 2025.',
    id: 'members',
    formatNumber: en,
    ...overrides,
  };
}

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

  it('accepts a file without a final newline and a byte-order mark from spreadsheet exports', () => {
    expect(csv('\uFEFFyear,value\n2024,1')).toEqual({ labels: ['2024'], series: [{ name: 'value', values: [1] }] });
  });

  it('reads negative, signed, decimal and exponent numbers', () => {
    expect(csv('k,v\na,-12.5\nb,+3\nc,.5\nd,1e3\n').series[0]?.values).toEqual([-12.5, 3, 0.5, 1000]);
  });

  it('rejects a value that is not a number, naming the file, row, column and the fix', () => {
    expect(csvError('country,2024,2025\nUkraine,1,2\nRomania,3,abc\n')).toBe(
      `${FILE}: row 3, column "2025": "abc" is not a number. ${NUMBER_FIX}`,
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
      `${FILE}: row 2, column "value": "${shown}" is not a number. ${NUMBER_FIX}`,
    );
  });

  it('rejects a number too large to be finite', () => {
    expect(csvError('year,value\n2024,1e999\n')).toMatch(
      /^content\/studies\/data\/x\.csv: row 2, column "value": "1e999" is too large to chart\. Write a finite number/,
    );
  });

  it('rejects an empty value cell and says to write 0 for zero', () => {
    expect(csvError('year,a,b\n2024,,3\n')).toBe(
      `${FILE}: row 2, column "a" is empty. Write a number (0 if the value is zero).`,
    );
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n'],
  ])('rejects %s and says what to add', (_, text) => {
    expect(csvError(text)).toBe(
      `${FILE}: the file is empty. Add a header row (label column, then one column per series) and at least one data row.`,
    );
  });

  it('rejects a header without data rows', () => {
    expect(csvError('country,2024\n\n')).toBe(
      `${FILE}: the file has a header row but no data rows. Add at least one row: a label, then one number per series.`,
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

  it('rejects a series column without a name in the header', () => {
    expect(csvError('country,2024,\nUkraine,1,2\n')).toBe(
      `${FILE}: row 1, column 3 has no name. Every column after the first is a series: give it a name in the header row, e.g. "2025".`,
    );
  });

  it('rejects a header with no series columns', () => {
    expect(csvError('country\nUkraine\n')).toMatch(/^content\/studies\/data\/x\.csv: the header row has only the label column\./);
  });

  it('rejects a blank line between data rows', () => {
    expect(csvError('year,value\n2024,1\n\n2025,2\n')).toBe(
      `${FILE}: row 3 is empty. Delete the blank line or fill in the row.`,
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

  it('rejects duplicate labels and duplicate series names', () => {
    expect(csvError('year,value\n2024,1\n2024,2\n')).toBe(
      `${FILE}: row 3: label "2024" already appears in row 2. Each label must be unique; merge or rename the rows.`,
    );
    expect(csvError('year,a,a\n2024,1,2\n')).toBe(`${FILE}: two series are named "a". Give each series a unique name.`);
  });
});

describe('parseChartData with JSON', () => {
  it('reads labels and series', () => {
    const value = { labels: ['2024', '2025'], series: [{ name: 'Exports', values: [12.5, -3] }] };
    expect(json(value)).toEqual(value);
  });

  it('wraps a syntax error with the file name and a hint', () => {
    const message = jsonError('{"labels": ["2024",], "series": []}');
    expect(message).toMatch(/^content\/studies\/data\/x\.json: is not valid JSON \(.+\)\. Check for trailing commas/);
  });

  it('rejects an empty file', () => {
    expect(jsonError('  ')).toMatch(/^content\/studies\/data\/x\.json: the file is empty\. Add an object like \{"labels"/);
  });

  it('rejects a value of the wrong shape and shows the expected one', () => {
    expect(jsonError('[1, 2]')).toMatch(/^content\/studies\/data\/x\.json: expected a JSON object like \{"labels": .*found an array\.$/);
    expect(jsonError('{"series": []}')).toMatch(/^content\/studies\/data\/x\.json: "labels" must be an array of strings, found nothing\./);
    expect(jsonError('{"labels": ["a"], "series": {"name": "x"}}')).toMatch(/"series" must be an array of \{"name", "values"\} objects, found an object\./);
    expect(jsonError('{"labels": ["a"], "series": [3]}')).toMatch(/series\[0\] must be an object like .*found 3 \(a number\)\.$/);
  });

  it('rejects a numeric label and says to quote it', () => {
    expect(jsonError('{"labels": [2024], "series": [{"name": "x", "values": [1]}]}')).toBe(
      `${JSON_FILE}: labels[0] is 2024 (a number), not a string. Put it in quotes: "2024".`,
    );
  });

  it('rejects a series without a name', () => {
    expect(jsonError('{"labels": ["a"], "series": [{"name": "x", "values": [1]}, {"values": [2]}]}')).toBe(
      `${JSON_FILE}: series[1] has no name. Add "name": "…" with the text to show in the legend and table header.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "  ", "values": [1]}]}')).toContain('series[0] has no name.');
  });

  it('rejects a series whose value count differs from the label count', () => {
    expect(jsonError('{"labels": ["a", "b", "c"], "series": [{"name": "Exports", "values": [1, 2]}]}')).toBe(
      `${JSON_FILE}: series "Exports" has 2 values but there are 3 labels. Give exactly one value per label, in the same order.`,
    );
  });

  it('rejects quoted numbers, nulls and numbers too large to be finite', () => {
    expect(jsonError('{"labels": ["a", "b"], "series": [{"name": "Exports", "values": [1, "12"]}]}')).toBe(
      `${JSON_FILE}: series "Exports", values[1] (label "b"): "12" is not a number. Write plain JSON numbers without quotes, such as 12.5.`,
    );
    expect(jsonError('{"labels": ["a"], "series": [{"name": "E", "values": [null]}]}')).toContain('values[0] (label "a"): null is not a number.');
    expect(jsonError('{"labels": ["a"], "series": [{"name": "E", "values": [1e999]}]}')).toContain('values[0] (label "a"): null is not a number.');
  });
});

describe('niceTicks', () => {
  it('gives round steps from zero', () => {
    expect(niceTicks(0, 87)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(3, 7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(-15, 40)).toEqual([-20, 0, 20, 40]);
  });

  it('gives an axis from 0 to 1 when every value is zero', () => {
    expect(niceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('always gives 4 to 6 evenly spaced ticks that include 0 and cover the data', () => {
    const ranges: [number, number][] = [];
    for (const a of [0, -0.3, -1, -7, -42, -999, -12345]) {
      for (const b of [0, 0.004, 0.3, 1, 3, 7, 10, 11, 42, 99, 100, 101, 999, 12345, 7.5e6]) ranges.push([a, b]);
    }
    for (const [min, max] of ranges) {
      const ticks = niceTicks(min, max);
      expect(ticks.length, `${min}…${max}: ${ticks}`).toBeGreaterThanOrEqual(4);
      expect(ticks.length, `${min}…${max}: ${ticks}`).toBeLessThanOrEqual(6);
      expect(ticks).toContain(0);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const step = (ticks[1] as number) - (ticks[0] as number);
      ticks.forEach((t, i) => expect(t).toBeCloseTo((ticks[0] as number) + i * step, 9));
    }
  });
});

describe('renderChartSvg', () => {
  const bar = renderChartSvg(fixture, options());

  it('is an image named by its title and described by its desc, which come first', () => {
    expect(bar).toMatch(
      /^<svg [^>]*><title id="members-title">Cluster members<\/title><desc id="members-desc">Members per country in 2024 and 2025\.<\/desc>/,
    );
    const [root] = elements(bar, 'svg');
    expect(root?.['role']).toBe('img');
    expect(root?.['aria-labelledby']).toBe('members-title members-desc');
    expect(bar.endsWith('</svg>')).toBe(true);
  });

  it('scales with its container: a viewBox, width 100% and no fixed pixel size', () => {
    const [root] = elements(bar, 'svg');
    expect(root?.['viewBox']).toBe('0 0 600 340');
    expect(root?.['width']).toBe('100%');
    expect(root?.['height']).toBeUndefined();
    expect(renderChartSvg(fixture, options({ width: 400, height: 300 }))).toContain('viewBox="0 0 400 300"');
  });

  it('draws one bar per label and series with the value and label in data attributes', () => {
    const bars = elements(bar, 'rect').filter((r) => r['class'] === 'bar');
    expect(bars).toHaveLength(fixture.labels.length * fixture.series.length);
    fixture.series.forEach((series, si) => {
      const ofSeries = bars.filter((b) => b['data-series'] === String(si));
      expect(ofSeries.map((b) => b['data-value'])).toEqual(series.values.map(String));
      expect(ofSeries.map((b) => b['data-label'])).toEqual(fixture.labels);
    });
  });

  it('makes bar heights proportional to the values, on a shared baseline', () => {
    const bars = elements(bar, 'rect').filter((r) => r['class'] === 'bar');
    const find = (series: string, label: string): Record<string, string> =>
      bars.find((b) => b['data-series'] === series && b['data-label'] === label) as Record<string, string>;
    const half = find('0', 'Ukraine'); // 50
    const full = find('1', 'Ukraine'); // 100
    expect(Number(full['height']) / Number(half['height'])).toBeCloseTo(2, 2);
    expect(Number(half['y']) + Number(half['height'])).toBeCloseTo(Number(full['y']) + Number(full['height']), 2);
    // Bars of a group sit side by side, not on top of each other.
    expect(Number(full['x'])).toBeGreaterThan(Number(half['x']));
  });

  it('formats tick labels with the given formatter, e.g. Ukrainian digit grouping', () => {
    const svg = renderChartSvg({ labels: ['a', 'b'], series: [{ name: 's', values: [1200, 4800] }] }, options({ formatNumber: uk }));
    const ticks = texts(svg, 'tick');
    expect(ticks).toEqual(niceTicks(1200, 4800).map(uk));
    expect(ticks).toContain('5\u00a0000');
  });

  it('puts the y-axis caption in when given', () => {
    expect(texts(renderChartSvg(fixture, options({ yLabel: 'Companies' })), 'y-label')).toEqual(['Companies']);
    expect(texts(bar, 'y-label')).toEqual([]);
  });

  it('escapes text in labels, names, title, description and attributes', () => {
    const svg = renderChartSvg(
      { labels: ['<script>', 'A & "B"'], series: [{ name: "O'Brien <b>", values: [1, 2] }, { name: 'x', values: [3, 4] }] },
      options({ title: 'Tom & Jerry', description: '<img src=x onerror=alert(1)>', yLabel: '"%"' }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('data-label="A &amp; &quot;B&quot;"');
    expect(svg).toContain('O&apos;Brien &lt;b&gt;');
    expect(svg).toContain('<title id="members-title">Tom &amp; Jerry</title>');
    expect(svg).toContain('&quot;%&quot;');
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
  });

  it('draws negative bars downwards from zero and extends the axis below zero', () => {
    const svg = renderChartSvg({ labels: ['up', 'down'], series: [{ name: 's', values: [30, -15] }] }, options());
    const [up, down] = elements(svg, 'rect').filter((r) => r['class'] === 'bar') as [Record<string, string>, Record<string, string>];
    const [baseline] = elements(svg, 'line').filter((l) => l['class'] === 'baseline');
    const zero = Number(baseline?.['y1']);
    expect(Number(up['y']) + Number(up['height'])).toBeCloseTo(zero, 2);
    expect(Number(down['y'])).toBeCloseTo(zero, 2);
    expect(Number(down['height']) / Number(up['height'])).toBeCloseTo(0.5, 2);
    expect(texts(svg, 'tick')).toEqual(niceTicks(-15, 30).map(en));
    expect(texts(svg, 'tick')[0]).toMatch(/^-/);
  });

  it('draws zero-height bars and a 0–1 axis when every value is zero', () => {
    const svg = renderChartSvg({ labels: ['a', 'b'], series: [{ name: 's', values: [0, 0] }] }, options());
    expect(elements(svg, 'rect').filter((r) => r['class'] === 'bar').map((b) => b['height'])).toEqual(['0', '0']);
    expect(texts(svg, 'tick')).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });

  it('draws a line chart as one polyline per series with a point per value', () => {
    const svg = renderChartSvg(fixture, options({ type: 'line' }));
    const lines = elements(svg, 'polyline');
    expect(lines).toHaveLength(fixture.series.length);
    lines.forEach((line) => expect(line['points']?.split(' ')).toHaveLength(fixture.labels.length));
    const points = elements(svg, 'circle').filter((c) => c['class'] === 'point');
    expect(points).toHaveLength(fixture.labels.length * fixture.series.length);
    expect(points.filter((p) => p['data-series'] === '1').map((p) => p['data-value'])).toEqual(['100', '40', '70']);
    expect(points.filter((p) => p['data-series'] === '1').map((p) => p['data-label'])).toEqual(fixture.labels);
    expect(elements(svg, 'rect').filter((r) => r['class'] === 'bar')).toHaveLength(0);
    // Each polyline vertex is the centre of its point.
    const first = lines[1]?.['points']?.split(' ')[0];
    const p = points.find((c) => c['data-series'] === '1' && c['data-label'] === 'Ukraine');
    expect(first).toBe(`${p?.['cx']},${p?.['cy']}`);
  });

  it('shows a legend only when there are several series', () => {
    expect(bar).toContain('class="legend"');
    expect(elements(bar, 'g').filter((g) => g['class'] === 'legend-item')).toHaveLength(2);
    const single = renderChartSvg({ labels: ['a'], series: [{ name: 'Only', values: [1] }] }, options());
    expect(single).not.toContain('class="legend"');
    expect(single).not.toContain('Only');
  });

  it('is deterministic and rounds coordinates to at most 2 decimals', () => {
    const data: ChartData = { labels: ['a', 'b', 'c'], series: [{ name: 's', values: [1 / 3, 2 / 3, 0.7] }, { name: 't', values: [0.1, 0.2, 0.3] }] };
    const first = renderChartSvg(data, options({ type: 'line', width: 333 }));
    expect(renderChartSvg(data, options({ type: 'line', width: 333 }))).toBe(first);
    expect(renderChartSvg(fixture, options())).toBe(bar);
    const coordinate = /^-?\d+(\.\d{1,2})?$/;
    for (const svg of [first, bar]) {
      for (const tag of ['rect', 'line', 'circle', 'text']) {
        for (const el of elements(svg, tag)) {
          for (const name of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy']) {
            if (el[name] !== undefined && el[name] !== '100%') expect(el[name], `${tag} ${name}`).toMatch(coordinate);
          }
        }
      }
      for (const line of elements(svg, 'polyline')) {
        for (const pair of line['points']?.split(' ') ?? []) pair.split(',').forEach((c) => expect(c).toMatch(coordinate));
      }
    }
  });

  it('styles text to inherit the page font in the dark text colour', () => {
    expect(elements(bar, 'svg')[0]?.['font-family']).toBe('inherit');
    for (const text of elements(bar, 'text')) expect(text['fill']).toBe('#1a1f2b');
  });

  it('gives each series its own colour and also its own pattern, dash or marker', () => {
    const data: ChartData = {
      labels: ['a', 'b'],
      series: [0, 1, 2, 3].map((i) => ({ name: `s${i}`, values: [i + 1, i + 2] })),
    };
    const bars = renderChartSvg(data, options());
    const firstBars = [0, 1, 2, 3].map((i) => elements(bars, 'rect').find((r) => r['data-series'] === String(i)));
    expect(new Set(firstBars.map((b) => b?.['stroke'])).size).toBe(4);
    expect(new Set(firstBars.map((b) => b?.['fill'])).size).toBe(4);
    for (const fill of firstBars.map((b) => b?.['fill']).filter((f) => f?.startsWith('url('))) {
      expect(bars).toContain(`<pattern id="${fill?.slice(5, -1)}"`);
    }
    const lines = elements(renderChartSvg(data, options({ type: 'line' })), 'polyline');
    expect(new Set(lines.map((l) => l['stroke'])).size).toBe(4);
    expect(new Set(lines.map((l) => l['stroke-dasharray'] ?? 'solid')).size).toBe(4);
  });

  it('rejects an id that cannot be used in aria-labelledby', () => {
    expect(() => renderChartSvg(fixture, options({ id: 'two words' }))).toThrow(RangeError);
    expect(() => renderChartSvg(fixture, options({ id: '"><x' }))).toThrow(RangeError);
  });

  it('rejects inconsistent data passed in directly', () => {
    expect(() => renderChartSvg({ labels: ['a', 'b'], series: [{ name: 's', values: [1] }] }, options())).toThrow(
      'Series "s" has 1 values for 2 labels',
    );
    expect(() => renderChartSvg({ labels: ['a'], series: [{ name: 's', values: [Number.NaN] }] }, options())).toThrow(RangeError);
  });
});

describe('CHART_PALETTE', () => {
  /** WCAG 2.x relative luminance of an sRGB colour like "#0072b2". */
  function luminance(hex: string): number {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  const contrastWithWhite = (hex: string): number => (1 + 0.05) / (luminance(hex) + 0.05);

  it('has at least 4 distinct colours', () => {
    expect(CHART_PALETTE.length).toBeGreaterThanOrEqual(4);
    expect(new Set(CHART_PALETTE).size).toBe(CHART_PALETTE.length);
  });

  it.each([...CHART_PALETTE])('gives %s a contrast of at least 3:1 against white', (colour) => {
    expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(3);
  });

  it('checks the formula against known values: black 21:1, white 1:1', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
  });
});

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
});
