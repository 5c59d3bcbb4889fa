import { Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { reportStatuses } from '../../contract/reporting/fields';
import { Page } from '../components/page';
import { PagedList } from '../components/paged-list';
import { useCurrentSession } from '../features/auth/session';
import { ReportListItem } from '../features/reporting/report-list-item';
import { reportListQuery, roundListQuery } from '../features/reporting/reporting-queries';
import { useReportFilters } from '../features/reporting/use-report-filters';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';

/** The reports I must fill or review, filtered by round and status. */
export function ReportListPage() {
  const reporting = useReportingMessages();
  const labels = reporting.list;
  const [filters, changeFilters] = useReportFilters();
  const rounds = useQuery(roundListQuery);
  const list = useInfiniteQuery(reportListQuery(filters));
  const { permissions } = useCurrentSession();
  const statusOptions = [
    ...(permissions.includes('report.review') ? [{ value: 'to_review', label: labels.toReview }] : []),
    ...reportStatuses.map((status) => ({ value: status, label: reporting.statuses[status] })),
    { value: 'late', label: labels.lateOnly },
  ];

  return (
    <Page title={labels.title}>
      <Text maw="65ch">{labels.intro}</Text>
      <Paper component="form" role="search" withBorder p="md" onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={labels.round}
            placeholder={labels.anyRound}
            data={(rounds.data?.items ?? []).map((round) => ({ value: round.id, label: round.title }))}
            value={filters.round}
            onChange={(round) => changeFilters({ round })}
            clearable
            searchable
          />
          <Select
            label={labels.status}
            placeholder={labels.anyStatus}
            description={filters.status === 'late' ? labels.lateHint : undefined}
            data={statusOptions}
            value={filters.status}
            onChange={(status) => changeFilters({ status: status as typeof filters.status })}
            clearable
          />
        </SimpleGrid>
      </Paper>

      <Stack component="section" gap="sm" aria-labelledby="report-results" aria-busy={list.isFetching}>
        <Text id="report-results" fw={700} component="h2" size="lg">
          {labels.results}
        </Text>
        <PagedList
          query={list}
          itemKey={(report) => report.id}
          renderItem={(report) => <ReportListItem report={report} />}
          empty={labels.noResults}
          label={labels.results}
        />
      </Stack>
    </Page>
  );
}
