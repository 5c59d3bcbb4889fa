import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isReported } from '../../../contract/reporting/fields';
import { formatDate } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from '../plans/plan-format';
import { useDeadlineLabel } from './deadline-label';
import { ReportStatusBadge } from './report-status-badge';
import type { ReportSummary } from './reporting-queries';
import { useReportingMessages } from './use-reporting-messages';

export function ReportListItem({ report }: { report: ReportSummary }) {
  const reporting = useReportingMessages();
  const deadlineLabel = useDeadlineLabel();
  return (
    <Paper withBorder p="md" mb="sm">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Anchor component={Link} to={`/bao-cao/${report.id}`} fw={700} style={{ overflowWrap: 'anywhere' }}>
            {spokenUnitName(report.unit.name)}
          </Anchor>
          <ReportStatusBadge
            status={report.status}
            late={report.late}
            approvedBelow={report.approvedThrough !== null}
          />
        </Group>
        <Text size="sm">{report.round.title}</Text>
        <Text size="sm" c="dimmed">
          {isReported(report.status) && report.submittedAt
            ? `${reporting.deadline.plain(formatIsoDate(report.dueOn))} · ${reporting.list.submittedAt(formatDate(new Date(report.submittedAt)))}`
            : deadlineLabel(report.dueOn)}
        </Text>
      </Stack>
    </Paper>
  );
}
