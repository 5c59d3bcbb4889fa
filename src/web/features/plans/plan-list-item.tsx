import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PlanList } from '../../../contract/plans/plan';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from './plan-format';
import { PlanStatusBadge } from './plan-status-badge';
import { usePlanMessages } from './use-plan-messages';

export function PlanListEntry({ plan }: { plan: PlanList['items'][number] }) {
  const plans = usePlanMessages();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={700} size="sm">
            {plan.number ?? plans.list.unnumbered}
          </Text>
          <PlanStatusBadge status={plan.status} />
        </Group>
        <Anchor component={Link} to={`/ke-hoach/${plan.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {plan.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {[
            spokenUnitName(plan.issuer.name),
            plan.issuedOn ? plans.list.issuedOn(formatIsoDate(plan.issuedOn)) : plans.list.notIssuedYet,
            plans.period(plan.periodStartYear, plan.periodEndYear, false),
          ].join(' · ')}
        </Text>
      </Stack>
    </Paper>
  );
}
