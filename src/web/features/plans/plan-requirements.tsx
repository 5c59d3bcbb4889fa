import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import type { PlanRequirement } from '../../../contract/plans/cascade';
import { ErrorAlert } from '../../components/error-alert';
import { vietnamToday } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { useCurrentSession } from '../auth/session';
import { spokenUnitName } from '../org/unit-name';
import { formatIsoDate } from './plan-format';
import { planRequirementsQuery } from './plan-queries';
import { usePlanAction } from './use-plan-action';
import { usePlanMessages } from './use-plan-messages';

function Requirement({ requirement, canAuthor }: { requirement: PlanRequirement; canAuthor: boolean }) {
  const plans = usePlanMessages();
  const labels = plans.requirements;
  const navigate = useNavigate();
  const implement = usePlanAction(requirement.plan.id);
  const { plan, dueOn, childPlanId } = requirement;
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap={6}>
        <Anchor component={Link} to={`/ke-hoach/${plan.id}`} fw={600}>
          {[plan.number, plan.title].filter(Boolean).join(' – ')}
        </Anchor>
        <Text size="sm">{labels.issuer(spokenUnitName(plan.issuer.name))}</Text>
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {labels.dueOn(formatIsoDate(dueOn))}
          </Text>
          {dueOn < vietnamToday() && (
            <Badge color="red.9" variant="outline" radius="sm">
              {labels.overdue}
            </Badge>
          )}
        </Group>
        {childPlanId ? (
          <Button component={Link} to={`/ke-hoach/${childPlanId}/sua`} variant="light" w="fit-content">
            {labels.continue}
          </Button>
        ) : (
          canAuthor && (
            <Button
              w="fit-content"
              loading={implement.isPending}
              onClick={() =>
                implement.mutate('implementing-plan', {
                  onSuccess: (draft) => navigate(`/ke-hoach/${draft.id}/sua`),
                })
              }
            >
              {labels.start}
            </Button>
          )
        )}
        {implement.isError && <ErrorAlert error={implement.error} />}
      </Stack>
    </Paper>
  );
}

/** Home-page list of the implementing plans the unit of the active role still has to issue. */
export function PlanRequirements() {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const labels = plans.requirements;
  const { permissions } = useCurrentSession();
  const requirements = useQuery(planRequirementsQuery);
  const open = (requirements.data?.items ?? []).filter((item) => item.status === 'not_issued');
  return (
    <Paper
      component="section"
      withBorder
      p={{ base: 'md', xs: 'lg' }}
      aria-labelledby="plan-requirements-title"
    >
      <Stack gap="md">
        <Title order={2} id="plan-requirements-title">
          {labels.title}
        </Title>
        {requirements.isError && <ErrorAlert error={requirements.error} />}
        {requirements.isPending ? (
          <Text role="status">{t.app.loading}</Text>
        ) : open.length === 0 ? (
          <Text>{labels.none}</Text>
        ) : (
          <>
            <Text>{labels.intro}</Text>
            <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
              {open.map((requirement) => (
                <Requirement
                  key={`${requirement.plan.id}-${requirement.unit.id}`}
                  requirement={requirement}
                  canAuthor={permissions.includes('plan.author')}
                />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
