import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { useCurrentSession } from '../auth/session';
import { formatIsoDate } from '../plans/plan-format';
import { PlanRequirements } from '../plans/plan-requirements';
import { reportsQuery } from './dashboard-queries';
import { ReportState } from './report-state';
import { useDashboardMessages } from './use-dashboard-messages';

/** A school's tasks: its reports in open rounds with their deadlines, and the plans it must issue. */
export function SchoolDashboard() {
  const { t } = useI18n();
  const messages = useDashboardMessages().school;
  const { user, permissions } = useCurrentSession();
  const reports = useQuery(reportsQuery());
  const open = (reports.data?.items ?? []).filter(
    (report) => report.round.status === 'open' && report.unit.id === user.unit?.id,
  );
  return (
    <>
      <Section title={messages.reportsTitle}>
        {reports.error ? (
          <ErrorAlert error={reports.error} />
        ) : !reports.data ? (
          <Text role="status">{t.app.loading}</Text>
        ) : open.length === 0 ? (
          <Text>{messages.empty}</Text>
        ) : (
          <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {open.map((report) => (
              <Paper component="li" key={report.id} withBorder p="md">
                <Stack gap={6}>
                  <Anchor component={Link} to={`/bao-cao/${report.id}`} fw={600}>
                    {report.round.title}
                  </Anchor>
                  <ReportState report={report} />
                  <Text size="sm" fw={600}>
                    {messages.dueOn(formatIsoDate(report.dueOn))}
                  </Text>
                  {report.submittedAt && (
                    <Text size="sm">{messages.submittedAt(formatDate(new Date(report.submittedAt)))}</Text>
                  )}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
      </Section>
      {permissions.includes('plan.read') && <PlanRequirements />}
    </>
  );
}
