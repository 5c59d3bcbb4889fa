import { Badge, Group } from '@mantine/core';
import type { ReportStatus } from '../../../contract/reporting/fields';
import { reportStatusLabel } from './report-status-label';
import { useReportingMessages } from './use-reporting-messages';

// Dark shades keep the label at AA contrast on the light badge background.
const colors: Record<ReportStatus, string> = {
  draft: 'gray.8',
  submitted: 'blue.9',
  returned: 'red.9',
  approved: 'green.9',
};

/**
 * The report's status, and the "trễ hạn" mark when it was submitted (or is still due) after its deadline.
 * A submitted report that a level has approved already waits for the level above, and says so.
 */
export function ReportStatusBadge({
  status,
  late,
  approvedBelow = false,
}: {
  status: ReportStatus;
  late: boolean;
  approvedBelow?: boolean;
}) {
  const reporting = useReportingMessages();
  return (
    <Group gap={6} wrap="wrap" style={{ flexShrink: 0, maxWidth: '100%' }}>
      <Badge variant="outline" color={colors[status]} radius="sm">
        {reportStatusLabel(reporting, status, approvedBelow)}
      </Badge>
      {late && (
        <Badge variant="filled" color="red.9" radius="sm">
          {reporting.late}
        </Badge>
      )}
    </Group>
  );
}
