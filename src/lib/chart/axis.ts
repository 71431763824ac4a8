/** Steps tried per power of ten: 1, 2, 2.5 and 5 × 10ⁿ read as round numbers. */
const stepFactors = [1, 2, 2.5, 5];
const maxTicks = 6;

/**
 * "Nice" y-axis ticks: 4–6 evenly spaced round numbers (steps of 1, 2, 2.5 or 5 × 10ⁿ) that
 * include 0 and cover `min` and `max`. Zero is always on the axis because bar lengths are only
 * honest when they start at zero. An all-zero range gets the axis 0–1.
 *
 * @throws {RangeError} When `min` or `max` is not finite.
 *
 * @example
 * chooseNiceTicks(0, 87); // [0, 20, 40, 60, 80, 100]
 * chooseNiceTicks(-15, 40); // [-20, 0, 20, 40]
 */
export function chooseNiceTicks(min: number, max: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`Tick range must be finite, got ${min}…${max}`);
  }
  const lo = Math.min(0, min, max);
  let hi = Math.max(0, min, max);
  if (lo === hi) hi = 1;

  // Start an order of magnitude below the span so the first candidate gives more than 6 ticks.
  // The first step that gives at most 6 then gives at least 4: the step before it gave 7+, so the
  // span exceeds 4 of those steps, and neighbouring candidate steps differ by at most 2×.
  let magnitude = 10 ** Math.floor(Math.log10((hi - lo) / 10));
  for (;;) {
    for (const factor of stepFactors) {
      const ticks = ticksAt(factor * magnitude, lo, hi);
      if (ticks !== undefined) return ticks;
    }
    magnitude *= 10;
  }
}

/** The multiples of `step` from below `lo` to above `hi`, or undefined when that is too many. */
function ticksAt(step: number, lo: number, hi: number): number[] | undefined {
  // The epsilons keep a bound that is already a multiple (up to float error) from adding a tick.
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  if (last - first + 1 > maxTicks) return undefined;
  const ticks: number[] = [];
  // Multiply integers by the step and trim float noise (0.1 × 3 = 0.30000000000000004); + 0 turns -0 into 0.
  for (let k = first; k <= last; k += 1) ticks.push(Number((k * step).toPrecision(12)) + 0);
  return ticks;
}
