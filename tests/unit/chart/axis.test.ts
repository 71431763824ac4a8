import { describe, it, expect } from 'vitest';
import { chooseNiceTicks } from '../../../src/lib/chart/axis';

describe('chooseNiceTicks', () => {
  it('gives round steps from zero', () => {
    expect(chooseNiceTicks(0, 87)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(chooseNiceTicks(3, 7)).toEqual([0, 2, 4, 6, 8]);
    expect(chooseNiceTicks(-15, 40)).toEqual([-20, 0, 20, 40]);
  });

  it('gives an axis from 0 to 1 when every value is zero', () => {
    expect(chooseNiceTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('always gives 4 to 6 evenly spaced ticks that include 0 and cover the data', () => {
    const ranges: [number, number][] = [];
    for (const a of [0, -0.3, -1, -7, -42, -999, -12345]) {
      for (const b of [0, 0.004, 0.3, 1, 3, 7, 10, 11, 42, 99, 100, 101, 999, 12345, 7.5e6]) ranges.push([a, b]);
    }
    for (const [min, max] of ranges) {
      const ticks = chooseNiceTicks(min, max);
      expect(ticks.length, `${min}…${max}: ${ticks}`).toBeGreaterThanOrEqual(4);
      expect(ticks.length, `${min}…${max}: ${ticks}`).toBeLessThanOrEqual(6);
      expect(ticks).toContain(0);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      const step = ticks[1]! - ticks[0]!;
      ticks.forEach((t, i) => expect(t).toBeCloseTo(ticks[0]! + i * step, 9));
    }
  });

  it('never gives -0, which would print as "-0" in some formatters', () => {
    expect(chooseNiceTicks(-0.3, 0).some((t) => Object.is(t, -0))).toBe(false);
  });

  it('rejects a range that is not finite', () => {
    expect(() => chooseNiceTicks(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => chooseNiceTicks(Number.NaN, 1)).toThrow('Tick range must be finite');
  });
});
