import { describe, it, expect } from 'vitest';
import { describeValue, formatCount } from '../../../src/lib/chart/describe';

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1, 2], 'an array'],
    ['12', 'the string "12"'],
    [{ name: 'x' }, 'an object'],
    [2024, '2024 (a number)'],
    [true, 'true (a boolean)'],
  ])('describes %j as %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('formatCount', () => {
  it('writes the noun in the singular only for one', () => {
    expect(formatCount(0, 'value')).toBe('0 values');
    expect(formatCount(1, 'cell')).toBe('1 cell');
    expect(formatCount(3, 'label')).toBe('3 labels');
  });
});
