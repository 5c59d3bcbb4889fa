import type { Clock } from './clock.js';

/** Vietnam keeps UTC+7 all year. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The date in Vietnam at an instant: the UTC date seven hours ahead. */
export const vietnamDateOf = (instant: Date): string =>
  new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/** "Today" for Vietnamese users. */
export const vietnamToday = (clock: Clock): string => vietnamDateOf(clock.now());
