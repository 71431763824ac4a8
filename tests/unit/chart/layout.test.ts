import { describe, it, expect } from 'vitest';
import { layoutChart, type LayoutOptions } from '../../../src/lib/chart/layout';
import type { ChartData } from '../../../src/lib/chart';
import { fixture } from '../../helpers/chart';

const options: LayoutOptions = { width: 600, height: 340, formatNumber: String };
const single: ChartData = { labels: ['2024', '2025'], series: [{ name: 'Members', values: [120, 150] }] };

describe('layoutChart', () => {
  it('maps 0 to the bottom of the plot and the top tick to its top', () => {
    const layout = layoutChart(single, options);
    expect(layout.ticks).toEqual([0, 50, 100, 150]);
    expect(layout.yOf(0)).toBe(layout.plotBottom);
    expect(layout.yOf(150)).toBeCloseTo(layout.plotTop, 9);
  });

  it('centres each label in an equal slot across the plot', () => {
    const layout = layoutChart(fixture, options);
    expect(layout.band * fixture.labels.length).toBeCloseTo(layout.plotRight - layout.plotLeft, 9);
    expect(layout.xOf(0)).toBeCloseTo(layout.plotLeft + layout.band / 2, 9);
  });

  it('has no legend for a single series and one item per series otherwise', () => {
    expect(layoutChart(single, options).legend).toEqual([]);
    expect(layoutChart(fixture, options).legend.map((item) => item.series)).toEqual([0, 1]);
  });

  it('wraps the legend onto a further row and moves the plot down to make room', () => {
    const names = ['A rather long series name', 'Another long series name', 'A third long series name'];
    const wide: ChartData = { labels: ['a'], series: names.map((name, i) => ({ name, values: [i] })) };
    const layout = layoutChart(wide, options);
    const rows = new Set(layout.legend.map((item) => item.y));
    expect(rows.size).toBe(2);
    expect(layout.legend[2]?.x).toBe(layout.legend[0]?.x);
    expect(layout.plotTop).toBeGreaterThan(layoutChart(fixture, options).plotTop);
  });

  it('turns x labels when they would not fit side by side', () => {
    expect(layoutChart(fixture, options).rotateLabels).toBe(false);
    const crowded: ChartData = {
      labels: Array.from({ length: 12 }, (_, i) => `Region number ${i}`),
      series: [{ name: 's', values: Array.from({ length: 12 }, (_, i) => i) }],
    };
    const layout = layoutChart(crowded, options);
    expect(layout.rotateLabels).toBe(true);
    // Turned labels need more room below the plot, but never more than 40% of the chart.
    expect(layout.plotBottom).toBeLessThan(layoutChart(fixture, options).plotBottom);
    expect(layout.plotBottom).toBeGreaterThanOrEqual(340 * 0.6);
  });

  it('makes room on the left for the y-axis caption and long tick labels', () => {
    const plain = layoutChart(single, options);
    expect(layoutChart(single, { ...options, yLabel: 'Companies' }).plotLeft).toBeGreaterThan(plain.plotLeft);
    expect(layoutChart(single, { ...options, formatNumber: (n) => `${n} companies` }).plotLeft).toBeGreaterThan(plain.plotLeft);
  });
});
