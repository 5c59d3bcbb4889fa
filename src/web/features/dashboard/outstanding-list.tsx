import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OutstandingReports, OutstandingState } from '../../../contract/reporting/dashboards';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import { formatIsoDate } from '../plans/plan-format';
import { RoundReminders } from '../reporting/round-reminders';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

const STATE_COLOURS: Record<OutstandingState, string> = {
  missing: 'red.9',
  late: 'orange.9',
  pending: 'gray.7',
};

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
      {canRemind && owing && <RoundReminders roundId={roundId} />}
      {items.length === 0 ? (
        <Text>{messages.empty}</Text>
      ) : (
        <>
          {total > items.length && <Text size="sm">{messages.shown(items.length, total)}</Text>}
          <ScrollRegion label={messages.table} rowNames>
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
