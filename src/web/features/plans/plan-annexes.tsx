import { Table, Title } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { ScrollRegion } from '../../components/scroll-region';
import { PlanSection } from './plan-section';
import { usePlanMessages } from './use-plan-messages';

export function PlanAnnexes({ annexes }: { annexes: Plan['annexes'] }) {
  const plans = usePlanMessages();
  if (annexes.length === 0) return null;
  return (
    <PlanSection title={plans.page.annexes}>
      {annexes.map((annex) => (
        <div key={annex.title}>
          <Title order={3} size="h5" ff="inherit" mb="xs">
            {annex.title}
          </Title>
          <ScrollRegion label={annex.title}>
            <Table withTableBorder withColumnBorders fz="sm">
              <Table.Thead>
                <Table.Tr>
                  {annex.columns.map((column) => (
                    <Table.Th key={column} scope="col">
                      {column}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {annex.rows.map((row, rowIndex) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: annex rows have no id; their order identifies them
                  <Table.Tr key={rowIndex}>
                    {row.map((cell, cellIndex) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are identified by their column
                      <Table.Td key={cellIndex}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </div>
      ))}
    </PlanSection>
  );
}
