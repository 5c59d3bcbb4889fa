import { VIETNAM_OFFSET_MS } from '../../core/vietnam-date.js';

/** `dueOn` is the last day a report counts as on time: it is late from the midnight that ends that day in Vietnam. */
export function isLate(submittedAt: Date, dueOn: string): boolean {
  const endOfDueDay = Date.parse(`${dueOn}T00:00:00Z`) + 24 * 60 * 60 * 1000 - VIETNAM_OFFSET_MS;
  return submittedAt.getTime() >= endOfDueDay;
}
