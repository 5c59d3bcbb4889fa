import type { Clock } from './clock.js';

/** Vietnam keeps UTC+7 all year. */
export const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "Today" for Vietnamese users: the UTC date seven hours ahead. */
export const vietnamToday = (clock: Clock): string =>
  new Date(clock.now().getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
