import { Badge, Group, Text } from '@mantine/core';
import { vietnamToday } from '../../i18n/format';
import { reportStatusLabel } from '../reporting/report-status-label';
import type { ReportSummary } from '../reporting/reporting-queries';
import { useReportingMessages } from '../reporting/use-reporting-messages';
import { useDashboardMessages } from './use-dashboard-messages';

/** A report's status in words (a level's approval included), flagged when overdue or submitted late. */
export function ReportState({ report }: { report: ReportSummary }) {
  const messages = useDashboardMessages();
  const reporting = useReportingMessages();
  const overdue =
    (report.status === 'draft' || report.status === 'returned') && report.dueOn < vietnamToday();
  return (
    <Group gap={4}>
      <Text size="sm">{reportStatusLabel(reporting, report.status, report.approvedThrough !== null)}</Text>
      {overdue && (
        <Badge color="red.9" variant="outline" radius="sm">
          {messages.flags.overdue}
        </Badge>
      )}
      {report.late && (
        <Badge color="orange.9" variant="outline" radius="sm">
          {messages.flags.late}
        </Badge>
      )}
    </Group>
  );
}
