import { List } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { PlanSection } from './plan-section';
import { usePlanMessages } from './use-plan-messages';

export function PlanReporting({ rules }: { rules: Plan['reporting'] }) {
  const plans = usePlanMessages();
  if (rules.length === 0) return null;
  return (
    <PlanSection title={plans.page.reporting}>
      <List spacing="xs">
        {rules.map((rule) => (
          <List.Item key={rule.what}>
            {rule.what}. {plans.page.reportTo(rule.to, rule.deadline)}
          </List.Item>
        ))}
      </List>
    </PlanSection>
  );
}
