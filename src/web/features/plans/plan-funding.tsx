import { List } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { PlanSection } from './plan-section';

export function PlanFunding({ funding }: { funding: Plan['funding'] }) {
  const { t } = useI18n();
  if (funding.length === 0) return null;
  return (
    <PlanSection title={t.plans.page.funding}>
      <List spacing="xs">
        {funding.map((line) => (
          <List.Item key={`${line.source}-${line.year}`}>
            {[
              line.source,
              line.year && String(line.year),
              line.amount !== null && t.plans.money(formatNumber(line.amount)),
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
