import type { ReportingMessages } from '../../i18n/reporting-vi';

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's date (yyyy-mm-dd) in Vietnam, where deadlines fall, whatever the device's time zone. */
export const vietnamToday = (now: Date): string =>
  new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);

/** Whole days from `today` to `dueOn` (both yyyy-mm-dd); negative once the deadline has passed. */
export const daysUntil = (dueOn: string, today: string): number =>
  Math.round((Date.parse(dueOn) - Date.parse(today)) / DAY_MS);

/** "còn 5 ngày", "hạn là hôm nay", "quá hạn 3 ngày". */
export function relativeDeadline(dueOn: string, today: string, messages: ReportingMessages): string {
  const days = daysUntil(dueOn, today);
  if (days === 0) return messages.deadline.dueToday;
  return days > 0 ? messages.deadline.dueIn(days) : messages.deadline.overdue(-days);
}
