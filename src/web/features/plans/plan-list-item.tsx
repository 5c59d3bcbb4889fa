import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PlanList } from '../../../contract/plans/plan';
import { useI18n } from '../../i18n/i18n-provider';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from './plan-format';
import { PlanStatusBadge } from './plan-status-badge';

export function PlanListEntry({ plan }: { plan: PlanList['items'][number] }) {
  const { t } = useI18n();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Text fw={700} size="sm">
            {plan.number ?? t.plans.list.unnumbered}
          </Text>
          <PlanStatusBadge status={plan.status} />
        </Group>
        <Anchor component={Link} to={`/ke-hoach/${plan.id}`} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {plan.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {[
            spokenUnitName(plan.issuer.name),
            plan.issuedOn ? t.plans.list.issuedOn(formatIsoDate(plan.issuedOn)) : t.plans.list.notIssuedYet,
            t.plans.period(plan.periodStartYear, plan.periodEndYear, false),
          ].join(' · ')}
        </Text>
      </Stack>
    </Paper>
  );
}
