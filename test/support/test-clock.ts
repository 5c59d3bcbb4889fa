import type { Clock } from '../../src/server/core/clock.js';

/** A clock that stands still until a test moves it. */
export function createTestClock(start = new Date('2026-11-26T02:00:00Z')) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(milliseconds: number) {
      current += milliseconds;
    },
  } satisfies Clock & { advance(milliseconds: number): void };
}

export type TestClock = ReturnType<typeof createTestClock>;
