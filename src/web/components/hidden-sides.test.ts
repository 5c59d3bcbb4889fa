import { describe, expect, it } from 'vitest';
import { hiddenSides } from './hidden-sides';

describe('hiddenSides', () => {
  it('hides nothing when the content fits', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 320, clientWidth: 320 })).toEqual({
      start: false,
      end: false,
    });
  });

  it('hides the end of wide content not yet scrolled, and both sides midway', () => {
    expect(hiddenSides({ scrollLeft: 0, scrollWidth: 760, clientWidth: 320 })).toEqual({
      start: false,
      end: true,
    });
    expect(hiddenSides({ scrollLeft: 200, scrollWidth: 760, clientWidth: 320 })).toEqual({
      start: true,
      end: true,
    });
  });

  it('hides only the start once scrolled to the end, allowing for sub-pixel rounding', () => {
    expect(hiddenSides({ scrollLeft: 439.5, scrollWidth: 760, clientWidth: 320 })).toEqual({
      start: true,
      end: false,
    });
  });
});
