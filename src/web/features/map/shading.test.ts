import { describe, expect, it } from 'vitest';
import { shadeFor, shades, valueClasses } from './shading';

describe('valueClasses', () => {
  it('splits the values’ own range into one class per shade', () => {
    const classes = valueClasses([10, 60, 110]);
    expect(classes.map(({ from, to }) => [from, to])).toEqual([
      [10, 30],
      [30, 50],
      [50, 70],
      [70, 90],
      [90, 110],
    ]);
  });

  it('gives equal values one class, in the darkest shade', () => {
    expect(valueClasses([7, 7])).toEqual([{ from: 7, to: 7, shade: shades[4] }]);
  });

  it('keeps a share of 0 % light on a 0–100 scale even when it is the only value', () => {
    const classes = valueClasses([0], { min: 0, max: 100 });
    expect(shadeFor(0, classes)).toBe(shades[0]);
    expect(shadeFor(100, classes)).toBe(shades[4]);
  });
});
