import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollRegion } from '../../components/scroll-region';
import { ShowMoreButton } from '../../components/show-more-button';
import { formatDate, formatNumber } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from '../plans/plan-format';
import { ReportStatusBadge } from './report-status-badge';
import { reportListQuery } from './reporting-queries';
import { useReportingMessages } from './use-reporting-messages';

/** The reports of the round in the person's subtree, unit by unit. */
export function RoundReportsTable({ roundId }: { roundId: string }) {
  const reporting = useReportingMessages();
  const labels = reporting.rounds;
  const list = useInfiniteQuery(reportListQuery({ round: roundId, status: null }));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <Stack gap="sm" aria-busy={list.isFetching}>
      {list.isError && <ErrorAlert error={list.error} />}
      <Text role="status" size="sm" c="dimmed">
        {list.isPending
          ? reporting.list.loading
          : items.length === 0
            ? reporting.list.noResults
            : reporting.list.shown(formatNumber(items.length), formatNumber(total))}
      </Text>
      {items.length > 0 && (
        <ScrollRegion label={labels.reportsTable}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{labels.unitColumn}</Table.Th>
                <Table.Th>{labels.statusColumn}</Table.Th>
                <Table.Th visibleFrom="sm">{labels.deadlineColumn}</Table.Th>
                <Table.Th visibleFrom="sm">{labels.submittedColumn}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((report) => {
                const dueOn = formatIsoDate(report.dueOn);
                const submittedOn = report.submittedAt ? formatDate(new Date(report.submittedAt)) : '—';
                return (
                  <Table.Tr key={report.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/bao-cao/${report.id}`}>
                        {spokenUnitName(report.unit.name)}
                      </Anchor>
                      {/* On a phone the two date columns are left out: the dates follow the unit's name. */}
                      <Text size="xs" mt={4} hiddenFrom="sm">
                        {labels.deadlineColumn}: {dueOn}
                        <br />
                        {labels.submittedColumn}: {submittedOn}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ReportStatusBadge
                        status={report.status}
                        late={report.late}
                        approvedBelow={report.approvedThrough !== null}
                      />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{dueOn}</Table.Td>
                    <Table.Td visibleFrom="sm">{submittedOn}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      <ShowMoreButton list={list} label={reporting.list.showMore} />
    </Stack>
  );
}
