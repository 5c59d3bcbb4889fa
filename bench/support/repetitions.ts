import type { BenchContext } from './result.js';

/** How many times to measure: a handful in smoke mode, enough for a p95 otherwise. */
export const repetitions = (context: BenchContext, full: number): number =>
  context.scale === 'small' ? Math.min(full, 2) : full;
