import { Stack, Text } from '@mantine/core';
import type { Plan } from '../../../contract/plans/plan';
import { useI18n } from '../../i18n/i18n-provider';
import { spokenUnitName } from '../org/unit-name';
import { PlanRichText } from './plan-rich-text';
import { PlanSection } from './plan-section';

/** Tổ chức thực hiện: what each unit is responsible for. */
export function PlanResponsibilities({ responsibilities }: { responsibilities: Plan['responsibilities'] }) {
  const { t } = useI18n();
  if (responsibilities.length === 0) return null;
  return (
    <PlanSection title={t.plans.page.responsibilities}>
      {responsibilities.map(({ party, html }) => (
        <Stack key={party.name} gap={2}>
          <Text fw={700}>{party.unit ? spokenUnitName(party.name) : party.name}</Text>
          <PlanRichText html={html} />
        </Stack>
      ))}
    </PlanSection>
  );
}
