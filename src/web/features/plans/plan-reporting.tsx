import { List } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { useI18n } from '../../i18n/i18n-provider';
import { PlanSection } from './plan-section';

export function PlanReporting({ rules }: { rules: Plan['reporting'] }) {
  const { t } = useI18n();
  if (rules.length === 0) return null;
  return (
    <PlanSection title={t.plans.page.reporting}>
      <List spacing="xs">
        {rules.map((rule) => (
          <List.Item key={rule.what}>
            {rule.what}. {t.plans.page.reportTo(rule.to, rule.deadline)}
          </List.Item>
        ))}
      </List>
    </PlanSection>
  );
}
