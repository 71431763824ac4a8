import { describe, it, expect } from 'vitest';
import { renderChartSvg, type ChartData, type ChartSvgOptions } from '../../../src/lib/chart';
import { chooseNiceTicks } from '../../../src/lib/chart/axis';
import { escapeXml } from '../../../src/lib/outputs/xml';
import { elements, en, fixture, texts, uk } from '../../helpers/chart';

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
      bars.find((b) => b['data-series'] === series && b['data-label'] === label) ?? {};
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
    expect(ticks).toEqual(chooseNiceTicks(1200, 4800).map(uk));
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
    const [up = {}, down = {}] = elements(svg, 'rect').filter((r) => r['class'] === 'bar');
    const [baseline] = elements(svg, 'line').filter((l) => l['class'] === 'baseline');
    const zero = Number(baseline?.['y1']);
    expect(Number(up['y']) + Number(up['height'])).toBeCloseTo(zero, 2);
    expect(Number(down['y'])).toBeCloseTo(zero, 2);
    expect(Number(down['height']) / Number(up['height'])).toBeCloseTo(0.5, 2);
    expect(texts(svg, 'tick')).toEqual(chooseNiceTicks(-15, 30).map(en));
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
