import { formatIsoDate } from '../plans/plan-format';
import { relativeDeadline, vietnamToday } from './deadline-text';
import { useReportingMessages } from './use-reporting-messages';

/** "Hạn nộp 01/12/2026 (còn 5 ngày)". */
export function useDeadlineLabel(): (dueOn: string) => string {
  const reporting = useReportingMessages();
  const today = vietnamToday(new Date());
  return (dueOn) => reporting.deadline.label(formatIsoDate(dueOn), relativeDeadline(dueOn, today, reporting));
}
