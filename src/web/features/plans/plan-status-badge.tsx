import { Badge } from '@mantine/core';
import type { PlanStatus } from '../../../contract/plans/plan';
import { usePlanMessages } from './use-plan-messages';

// Dark shades keep the label at AA contrast on the light badge background.
const colors: Record<PlanStatus, string> = {
  draft: 'gray.8',
  in_review: 'orange.9',
  issued: 'green.9',
  amended: 'blue.9',
  superseded: 'grape.9',
  closed: 'dark.6',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const plans = usePlanMessages();
  return (
    <Badge variant="outline" color={colors[status]} radius="sm" style={{ flexShrink: 0 }}>
      {plans.statuses[status]}
    </Badge>
  );
}
