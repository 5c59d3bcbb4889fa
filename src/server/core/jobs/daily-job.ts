import type { Clock } from '../clock.js';
import { vietnamToday } from '../vietnam-date.js';
import type { JobQueue } from './job-queue.js';

/** Makes sure today's (Việt Nam date) job of a kind exists; several nodes calling it still make one job. */
export function scheduleToday(jobs: JobQueue, clock: Clock, kind: string): Promise<boolean> {
  const today = vietnamToday(clock);
  return jobs.enqueue(kind, { date: today }, { dedupeKey: `${kind}:${today}` });
}
