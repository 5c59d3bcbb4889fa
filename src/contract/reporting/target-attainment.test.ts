import { describe, expect, it } from 'vitest';
import { meetsTarget } from './target-attainment.js';

describe('meetsTarget', () => {
  it('asks a yes/no target of Có (100 %) for every unit answering yes', () => {
    expect(meetsTarget('yes_no', 100, 100)).toBe(true);
    expect(meetsTarget('yes_no', 80, 100)).toBe(false);
  });

  it('asks a yes/no target of Không (0 %) for no unit answering yes', () => {
    expect(meetsTarget('yes_no', 0, 0)).toBe(true);
    expect(meetsTarget('yes_no', 5, 0)).toBe(false);
  });

  it('reads every other target as a floor, a target of 0 included', () => {
    expect(meetsTarget('percent', 85, 85)).toBe(true);
    expect(meetsTarget('percent', 84.9, 85)).toBe(false);
    expect(meetsTarget('number', 3, 0)).toBe(true);
    expect(meetsTarget('money', 1_000_000, 2_000_000)).toBe(false);
  });
});
