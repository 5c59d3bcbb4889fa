import { Alert, Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { OutstandingReports, OutstandingState } from '../../../contract/reporting/dashboards';
import { apiRequest } from '../../api/api-request';
import { ErrorAlert } from '../../components/error-alert';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import { useCurrentSession } from '../auth/session';
import { formatIsoDate } from '../plans/plan-format';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

const STATE_COLOURS: Record<OutstandingState, string> = {
  missing: 'red.9',
  late: 'orange.9',
  pending: 'gray.7',
};

/** "Nhắc nhở": one click reminds the people filling every report of the round still owed below the caller. */
function RemindButton({ roundId }: { roundId: string }) {
  const messages = useDashboardMessages().outstanding;
  const { csrfToken } = useCurrentSession();
  const remind = useMutation({
    mutationFn: () =>
      apiRequest<{ notified: number }>(`/api/reporting-rounds/${roundId}/reminders`, {
        method: 'POST',
        csrfToken,
      }),
  });
  return (
    <Stack gap="xs">
      <Text size="sm">{messages.remindHint}</Text>
      <Button w="fit-content" loading={remind.isPending} onClick={() => remind.mutate()}>
        {messages.remind}
      </Button>
      <div role="status">
        {remind.isSuccess && (
          <Alert color="green" variant="light">
            {messages.reminded(remind.data.notified)}
          </Alert>
        )}
      </div>
      {remind.isError && <ErrorAlert error={remind.error} />}
    </Stack>
  );
}

/** The units still owing their report (overdue first) or late, each linking to its report. */
export function OutstandingList({
  roundId,
  outstanding,
  canRemind,
}: {
  roundId: string;
  outstanding: OutstandingReports;
  canRemind: boolean;
}) {
  const messages = useDashboardMessages().outstanding;
  const { items, total } = outstanding;
  const owing = items.some((item) => item.state !== 'late');
  return (
    <Stack gap="sm">
      <Text>{messages.intro}</Text>
      {canRemind && owing && <RemindButton roundId={roundId} />}
      {items.length === 0 ? (
        <Text>{messages.empty}</Text>
      ) : (
        <>
          {total > items.length && <Text size="sm">{messages.shown(items.length, total)}</Text>}
          <ScrollRegion label={messages.table}>
            <Table striped withTableBorder miw={600}>
              <TableHead
                columns={[
                  { label: messages.unit },
                  { label: messages.state },
                  { label: messages.dueOn },
                  { label: messages.contacts, figure: true },
                ]}
              />
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.report.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor component={Link} to={`/bao-cao/${item.report.id}`}>
                        {item.unit.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Badge color={STATE_COLOURS[item.state]} variant="outline" radius="sm">
                        {messages.states[item.state]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{formatIsoDate(item.report.dueOn)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(item.contacts)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </>
      )}
    </Stack>
  );
}
