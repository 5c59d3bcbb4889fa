import { Stack, Text, Title } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { PlanIndicator } from './plan-indicator';
import { PlanSection } from './plan-section';
import { usePlanMessages } from './use-plan-messages';

export function PlanObjectives({ plan }: { plan: Plan }) {
  const plans = usePlanMessages();
  const general = plan.objectives.filter((objective) => objective.kind === 'general');
  const specific = plan.objectives.filter((objective) => objective.kind === 'specific');
  if (plan.objectives.length === 0 && plan.indicators.length === 0) return null;

  const objectiveList = (objectives: Plan['objectives']) => (
    <Stack component="ol" gap="md" m={0} pl="lg">
      {objectives.map((objective, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: objectives have no id; their order identifies them
        <Stack component="li" key={index} gap="xs">
          <Text>{objective.text}</Text>
          {objective.indicators.map((indicator) => (
            <PlanIndicator key={indicator.name} indicator={indicator} />
          ))}
        </Stack>
      ))}
    </Stack>
  );

  return (
    <PlanSection title={plans.page.objectives}>
      {general.length > 0 && (
        <>
          <Title order={3} size="h5" ff="inherit">
            {plans.page.generalObjective}
          </Title>
          {objectiveList(general)}
        </>
      )}
      {specific.length > 0 && (
        <>
          <Title order={3} size="h5" ff="inherit">
            {plans.page.specificObjectives}
          </Title>
          {objectiveList(specific)}
        </>
      )}
      {plan.indicators.length > 0 && (
        <>
          <Title order={3} size="h5" ff="inherit">
            {plans.page.otherIndicators}
          </Title>
          {plan.indicators.map((indicator) => (
            <PlanIndicator key={indicator.name} indicator={indicator} />
          ))}
        </>
      )}
    </PlanSection>
  );
}
