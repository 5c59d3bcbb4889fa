import { Badge, Group, Text } from '@mantine/core';
import { vietnamToday } from '../../i18n/format';
import { useReportingMessages } from '../reporting/use-reporting-messages';
import type { ReportSummary } from './dashboard-queries';
import { useDashboardMessages } from './use-dashboard-messages';

/** A report's status in words, flagged when it is overdue or was submitted late. */
export function ReportState({ report }: { report: ReportSummary }) {
  const messages = useDashboardMessages();
  const reporting = useReportingMessages();
  const overdue =
    (report.status === 'draft' || report.status === 'returned') && report.dueOn < vietnamToday();
  return (
    <Group gap={4}>
      <Text size="sm">{reporting.statuses[report.status]}</Text>
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
