import { Group, Loader, SimpleGrid, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { isNotFoundError } from '../api/api-error';
import { SpreadsheetDownloads } from '../components/download-buttons';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { Section } from '../components/section';
import { spokenUnitName } from '../features/org/unit-name';
import { formatIsoDate } from '../features/plans/plan-format';
import { Fact } from '../features/reporting/fact';
import { FormQuestionsDialog } from '../features/reporting/form-questions-dialog';
import { reportingKeys, roundQuery } from '../features/reporting/reporting-queries';
import { roundPeriod } from '../features/reporting/round-facts';
import { RoundLifecycle } from '../features/reporting/round-lifecycle';
import { RoundReminders } from '../features/reporting/round-reminders';
import { RoundReportsTable } from '../features/reporting/round-reports-table';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';
import { NotFoundPage } from './not-found-page';

/** One reporting round: its period and deadlines, how many units have reported, and their reports. */
export function RoundPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const reporting = useReportingMessages();
  const labels = reporting.rounds;
  const round = useQuery(roundQuery(id));
  const queryClient = useQueryClient();

  if (isNotFoundError(round.error)) return <NotFoundPage />;
  if (!round.data) {
    return (
      <Page title={labels.title}>
        {round.isError ? (
          <ErrorAlert error={round.error} />
        ) : (
          <Group gap="xs" role="status">
            <Loader size="sm" />
            <Text size="sm">{labels.loading}</Text>
          </Group>
        )}
      </Page>
    );
  }
  const current = round.data;
  return (
    <Page title={current.title}>
      <Section title={labels.summary}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" m={0}>
          <Fact term={labels.owner}>{spokenUnitName(current.owner.name)}</Fact>
          <Fact term={labels.period}>{roundPeriod(current, reporting)}</Fact>
          <Fact term={reporting.report.status}>{reporting.roundStatuses[current.status]}</Fact>
          <Fact term={labels.form}>{current.form.title}</Fact>
          <Fact term={labels.deadlines}>
            {current.deadlines
              .map((deadline) =>
                labels.deadlineOf(t.org.kinds[deadline.unitKind], formatIsoDate(deadline.dueOn)),
              )
              .join('; ')}
          </Fact>
          <Fact term={labels.expected}>{formatNumber(current.counts.expected)}</Fact>
          <Fact term={labels.submitted}>{formatNumber(current.counts.submitted)}</Fact>
          <Fact term={labels.approved}>{formatNumber(current.counts.approved)}</Fact>
        </SimpleGrid>
        {current.abilities.editForm && <FormQuestionsDialog formId={current.form.id} />}
      </Section>
      <RoundLifecycle
        round={current}
        onChanged={(changed) => {
          queryClient.setQueryData(reportingKeys.round(changed.id), changed);
          void queryClient.invalidateQueries({ queryKey: reportingKeys.all });
        }}
      />
      <Section title={labels.reports}>
        <SpreadsheetDownloads
          href={(format) => `/api/reporting-rounds/${current.id}/export?format=${format}`}
        />
        {current.abilities.remind && <RoundReminders roundId={current.id} />}
        <RoundReportsTable roundId={current.id} />
      </Section>
    </Page>
  );
}
