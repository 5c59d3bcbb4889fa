import { List } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { formatNumber } from '../../i18n/format';
import { PlanSection } from './plan-section';
import { usePlanMessages } from './use-plan-messages';

export function PlanFunding({ funding }: { funding: Plan['funding'] }) {
  const plans = usePlanMessages();
  if (funding.length === 0) return null;
  return (
    <PlanSection title={plans.page.funding}>
      <List spacing="xs">
        {funding.map((line) => (
          <List.Item key={`${line.source}-${line.year}`}>
            {[
              line.source,
              line.year && String(line.year),
              line.amount !== null && plans.money(formatNumber(line.amount)),
              line.note,
            ]
              .filter(Boolean)
              .join(' – ')}
          </List.Item>
        ))}
      </List>
    </PlanSection>
  );
}
