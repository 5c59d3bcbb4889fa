import { Alert, Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { isReported } from '../../../contract/reporting/fields';
import type { Report } from '../../../contract/reporting/reports';
import { Section } from '../../components/section';
import { formatDate } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from '../plans/plan-format';
import { useDeadlineLabel } from './deadline-label';
import { Fact } from './fact';
import { ReportStatusBadge } from './report-status-badge';
import { useReportingMessages } from './use-reporting-messages';

/** Who reports, in which round, by when, how far the review has got, and why it came back. */
export function ReportHeader({ report }: { report: Report }) {
  const reporting = useReportingMessages();
  const labels = reporting.report;
  const deadlineLabel = useDeadlineLabel();
  return (
    <Stack gap="md">
      {report.returnReason && (
        <Alert color="red.9" variant="filled" title={labels.returnedTitle} role="alert">
          <Text size="md" style={{ whiteSpace: 'pre-wrap' }}>
            {labels.returnReason(report.returnReason)}
          </Text>
        </Alert>
      )}
      <Section title={labels.summary}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Fact term={labels.unit}>{spokenUnitName(report.unit.name)}</Fact>
          <Fact term={labels.round}>
            <Anchor component={Link} to={`/dot-bao-cao/${report.round.id}`}>
              {report.round.title}
            </Anchor>
          </Fact>
          <Fact term={labels.deadline}>
            {/* Once handed in, the deadline is a date: how many days are left or overdue no longer applies. */}
            {isReported(report.status) ? formatIsoDate(report.dueOn) : deadlineLabel(report.dueOn, 'value')}
          </Fact>
          <Fact term={labels.status}>
            <Group component="span" gap={6}>
              <ReportStatusBadge
                status={report.status}
                late={report.late}
                approvedBelow={report.approvedThrough !== null}
              />
            </Group>
          </Fact>
          {report.submittedAt && (
            <Fact term={labels.submittedAt}>{formatDate(new Date(report.submittedAt))}</Fact>
          )}
          <Fact term={labels.approvedThrough}>
            {report.approvedThrough ? spokenUnitName(report.approvedThrough.name) : labels.notApprovedYet}
          </Fact>
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
