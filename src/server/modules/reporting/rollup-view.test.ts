import { describe, expect, it } from 'vitest';
import { aggregateOf } from './rollup-view.js';

const yesNo = (yes: number, answered: number) =>
  aggregateOf({ type: 'yes_no', answered, value_sum: yes, numerator_sum: null, denominator_sum: null });

describe('the share of units answering “Có”', () => {
  it('is given to two decimals', () => {
    expect(yesNo(2, 3)).toEqual({ aggregation: 'share_yes', value: 66.67 });
  });

  it('never rounds one school in 54,000 answering “Có” down to the 0 % a target of Không asks for', () => {
    expect(yesNo(1, 54_000).value).toBe(0.01);
    expect(yesNo(0, 54_000).value).toBe(0);
  });

  it('never rounds one school in 54,000 answering “Không” up to 100 %', () => {
    expect(yesNo(53_999, 54_000).value).toBe(99.99);
    expect(yesNo(54_000, 54_000).value).toBe(100);
  });
});
