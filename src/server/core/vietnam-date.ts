import type { Clock } from './clock.js';

/** Vietnam keeps UTC+7 all year, so "today" for its users is the UTC date seven hours ahead. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

export const vietnamToday = (clock: Clock): string =>
  new Date(clock.now().getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
