import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Plan } from '../../../contract/plans/plan';
import { PlanSection } from './plan-section';

/** The "Căn cứ…" lines; a basis that names a plan in the system links to it. */
export function PlanLegalBases({ bases }: { bases: Plan['legalBases'] }) {
  if (bases.length === 0) return null;
  return (
    <PlanSection title={null}>
      <Stack gap="xs">
        {bases.map((basis) => (
          <Text key={basis.text} fs="italic">
            {basis.plan ? (
              <Anchor component={Link} to={`/ke-hoach/${basis.plan.id}`} inherit>
                {basis.text}
              </Anchor>
            ) : (
              basis.text
            )}
          </Text>
        ))}
      </Stack>
    </PlanSection>
  );
}
