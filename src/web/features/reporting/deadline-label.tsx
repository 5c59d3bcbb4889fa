import { formatIsoDate } from '../plans/plan-format';
import { relativeDeadline, vietnamToday } from './deadline-text';
import { useReportingMessages } from './use-reporting-messages';

/** "Hạn nộp 01/12/2026 (còn 5 ngày)", or without the words before it ("01/12/2026 (còn 5 ngày)") under a heading that says them. */
export function useDeadlineLabel(): (dueOn: string, form?: 'sentence' | 'value') => string {
  const reporting = useReportingMessages();
  const today = vietnamToday(new Date());
  return (dueOn, form = 'sentence') => {
    const relative = relativeDeadline(dueOn, today, reporting);
    const date = formatIsoDate(dueOn);
    return form === 'sentence'
      ? reporting.deadline.label(date, relative)
      : reporting.deadline.dateWithRelative(date, relative);
  };
}
