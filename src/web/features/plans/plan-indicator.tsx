import { Stack, Table, Text } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { ScrollRegion } from '../../components/scroll-region';
import { formatTarget } from './plan-format';
import { usePlanMessages } from './use-plan-messages';

type Indicator = Plan['indicators'][number];

/** An indicator with its yearly targets as a small two-row table (years across), which fits a phone. */
export function PlanIndicator({ indicator }: { indicator: Indicator }) {
  const plans = usePlanMessages();
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {indicator.name}{' '}
        <Text span c="dimmed" size="sm">
          ({plans.measures[indicator.measure]})
        </Text>
      </Text>
      {indicator.computation && <Text size="sm">{plans.page.computation(indicator.computation)}</Text>}
      {targets.length > 0 && (
        <ScrollRegion label={plans.page.indicatorTargets(indicator.name)}>
          <Table withTableBorder withColumnBorders w="auto" fz="sm">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{plans.page.year}</Table.Th>
                {targets.map(({ year }) => (
                  <Table.Th key={year} scope="col" ta="right">
                    {year}
                  </Table.Th>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{plans.page.target}</Table.Th>
                {targets.map(({ year, value }) => (
                  <Table.Td key={year} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatTarget(indicator.measure, value, plans)}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
