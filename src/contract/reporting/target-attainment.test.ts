import { describe, expect, it } from 'vitest';
import { meetsTarget } from './target-attainment.js';

describe('meetsTarget', () => {
  it('reads a target as a floor: a yes/no targeted Có (100 %), a percent, a count, a target of 0 included', () => {
    expect(meetsTarget(100, 100, false)).toBe(true);
    expect(meetsTarget(80, 100, false)).toBe(false);
    expect(meetsTarget(84.9, 85, false)).toBe(false);
    expect(meetsTarget(30, 0, false)).toBe(true);
  });

  it('reads a yes/no target of Không as a ceiling: no unit answering Có', () => {
    expect(meetsTarget(0, 0, true)).toBe(true);
    expect(meetsTarget(5, 0, true)).toBe(false);
  });
});
