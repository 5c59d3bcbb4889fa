import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { OutstandingReports, OutstandingState } from '../../../contract/reporting/dashboards';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import { formatIsoDate } from '../plans/plan-format';
import { RoundReminders } from '../reporting/round-reminders';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

/** Rows shown until the person asks for the rest: a phone scrolls past ten, not past a hundred. */
const ROWS_AT_FIRST = 10;

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
  filtered,
}: {
  roundId: string;
  outstanding: OutstandingReports;
  canRemind: boolean;
  /** Whether the list shows some school levels only: reminders still go to every unit still owing. */
  filtered: boolean;
}) {
  const messages = useDashboardMessages().outstanding;
  const { items, total } = outstanding;
  const [showingAll, setShowingAll] = useState(false);
  const firstAdded = useRef<HTMLAnchorElement>(null);
  // The button that showed them is gone: the focus goes on to the first row it added.
  useEffect(() => {
    if (showingAll) firstAdded.current?.focus();
  }, [showingAll]);
  const shown = showingAll ? items : items.slice(0, ROWS_AT_FIRST);
  const owing = items.filter((item) => item.state !== 'late');
  // Reminders reach the accounts that fill a unit's report, under the whole unit: this list may not
  // show all the units that have some.
  const remindable = filtered || total > items.length || owing.some((item) => item.contacts > 0);
  return (
    <Stack gap="sm">
      <Text>{messages.intro}</Text>
      {canRemind && owing.length > 0 && remindable && <RoundReminders roundId={roundId} />}
      {canRemind && owing.length > 0 && !remindable && <Text size="sm">{messages.noOneToRemind}</Text>}
      {items.length === 0 ? (
        <Text>{messages.empty}</Text>
      ) : (
        <>
          {total > shown.length && <Text size="sm">{messages.shown(shown.length, total)}</Text>}
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
                {shown.map((item, index) => (
                  <Table.Tr key={item.report.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor
                        component={Link}
                        to={`/bao-cao/${item.report.id}`}
                        ref={index === ROWS_AT_FIRST ? firstAdded : undefined}
                      >
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
          {shown.length < items.length && (
            <Button variant="default" w="fit-content" onClick={() => setShowingAll(true)}>
              {messages.showMore(items.length - shown.length)}
            </Button>
          )}
        </>
      )}
    </Stack>
  );
}
