import { Button, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { reportStatuses } from '../../contract/reporting/fields';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { ReportListItem } from '../features/reporting/report-list-item';
import { reportListQuery, roundListQuery } from '../features/reporting/reporting-queries';
import { useReportFilters } from '../features/reporting/use-report-filters';
import { useReportingMessages } from '../features/reporting/use-reporting-messages';
import { formatNumber } from '../i18n/format';

/** The reports I must fill or review, filtered by round and status. */
export function ReportListPage() {
  const reporting = useReportingMessages();
  const labels = reporting.list;
  const [filters, changeFilters] = useReportFilters();
  const rounds = useQuery(roundListQuery);
  const list = useInfiniteQuery(reportListQuery(filters));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const statusOptions = [
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
        {list.isError && <ErrorAlert error={list.error} />}
        <Text role="status" size="sm" c="dimmed">
          {list.isPending
            ? labels.loading
            : items.length === 0
              ? labels.noResults
              : labels.shown(formatNumber(items.length), formatNumber(total))}
        </Text>
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((report) => (
            <ReportListItem key={report.id} report={report} />
          ))}
        </Stack>
        {list.hasNextPage && (
          <Button
            variant="default"
            w="fit-content"
            onClick={() => list.fetchNextPage()}
            loading={list.isFetchingNextPage}
          >
            {labels.showMore}
          </Button>
        )}
      </Stack>
    </Page>
  );
}
