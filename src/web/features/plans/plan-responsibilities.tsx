import { Stack, Text } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { spokenUnitName } from '../org/unit-name';
import { PlanRichText } from './plan-rich-text';
import { PlanSection } from './plan-section';
import { usePlanMessages } from './use-plan-messages';

/** Tổ chức thực hiện: what each unit is responsible for. */
export function PlanResponsibilities({ responsibilities }: { responsibilities: Plan['responsibilities'] }) {
  const plans = usePlanMessages();
  if (responsibilities.length === 0) return null;
  return (
    <PlanSection title={plans.page.responsibilities}>
      {responsibilities.map(({ party, html }) => (
        <Stack key={party.name} gap={2}>
          <Text fw={700}>{party.unit ? spokenUnitName(party.name) : party.name}</Text>
          <PlanRichText html={html} />
        </Stack>
      ))}
    </PlanSection>
  );
}
