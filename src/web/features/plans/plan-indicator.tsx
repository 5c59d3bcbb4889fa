import { Stack, Table, Text } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { useI18n } from '../../i18n/i18n-provider';
import { formatTarget } from './plan-format';
import { ScrollRegion } from './scroll-region';

type Indicator = Plan['indicators'][number];

/** An indicator with its yearly targets as a small two-row table (years across), which fits a phone. */
export function PlanIndicator({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const targets = [...indicator.targets].sort((a, b) => a.year - b.year);
  return (
    <Stack gap={4}>
      <Text fw={600}>
        {indicator.name}{' '}
        <Text span c="dimmed" size="sm">
          ({t.plans.measures[indicator.measure]})
        </Text>
      </Text>
      {indicator.computation && <Text size="sm">{t.plans.page.computation(indicator.computation)}</Text>}
      {targets.length > 0 && (
        <ScrollRegion label={t.plans.page.indicatorTargets(indicator.name)}>
          <Table withTableBorder withColumnBorders w="auto" fz="sm">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th scope="row">{t.plans.page.year}</Table.Th>
                {targets.map(({ year }) => (
                  <Table.Th key={year} scope="col" ta="right">
                    {year}
                  </Table.Th>
                ))}
              </Table.Tr>
              <Table.Tr>
                <Table.Th scope="row">{t.plans.page.target}</Table.Th>
                {targets.map(({ year, value }) => (
                  <Table.Td key={year} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatTarget(indicator.measure, value, t)}
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
