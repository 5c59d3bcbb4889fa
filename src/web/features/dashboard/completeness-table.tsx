import { Anchor, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { Completeness, CompletenessCounts } from '../../../contract/reporting/dashboards';
import { ScrollRegion } from '../../components/scroll-region';
import { formatNumber } from '../../i18n/format';
import { spokenUnitName } from '../org/unit-name';
import { formatPercent } from './dashboard-format';
import { TableHead } from './table-head';
import { useDashboardMessages } from './use-dashboard-messages';

const COLUMNS = ['expected', 'submitted', 'onTime', 'late', 'missing', 'approved'] as const;

/** Who has reported, per direct child unit, with the total row and a sentence that says it all. */
export function CompletenessTable({
  completeness,
  caption,
}: {
  completeness: Completeness;
  caption: string;
}) {
  const messages = useDashboardMessages().completeness;
  const captionId = useId();
  const { children, total } = completeness;
  const cells = (counts: CompletenessCounts) => (
    <>
      {COLUMNS.map((column) => (
        <Table.Td key={column} ta="right">
          {formatNumber(counts[column])}
        </Table.Td>
      ))}
      <Table.Td ta="right">{counts.share === null ? '—' : formatPercent(counts.share)}</Table.Td>
    </>
  );
  if (children.length === 0) return <Text>{messages.empty}</Text>;
  return (
    <>
      <Text>
        {messages.summary(
          formatNumber(total.submitted),
          formatNumber(total.expected),
          total.share === null ? '—' : formatPercent(total.share),
          formatNumber(total.late),
          formatNumber(total.missing),
        )}
      </Text>
      {/* Above the table, not its <caption>: inside the scrolled width, a phone showed only its start. */}
      <Text id={captionId} size="sm" fw={600}>
        {caption}
      </Text>
      <ScrollRegion label={caption} rowNames>
        <Table striped withTableBorder miw={760} aria-labelledby={captionId}>
          <TableHead
            columns={[
              { label: messages.unit },
              ...COLUMNS.map((column) => ({ label: messages[column], figure: true })),
              { label: messages.share, figure: true },
            ]}
          />
          <Table.Tbody>
            {children.map((child) => (
              <Table.Tr key={child.unit.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/don-vi/${child.unit.id}`}>
                    {spokenUnitName(child.unit.name)}
                  </Anchor>
                </Table.Th>
                {cells(child)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">{messages.total}</Table.Th>
              {cells(total)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollRegion>
    </>
  );
}
