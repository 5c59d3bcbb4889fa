import { Button, Group, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { Plan } from '../../../contract/plans/plan';
import { ErrorAlert } from '../../components/error-alert';
import { CascadeDialog } from './cascade-dialog';
import { ConfirmButton } from './confirm-button';
import { type PlanAction, usePlanAction } from './use-plan-action';
import { usePlanMessages } from './use-plan-messages';

/** The steps the server says this person may take now, each confirmed first. */
export function PlanActions({ plan }: { plan: Plan }) {
  const plans = usePlanMessages();
  const labels = plans.actions;
  const navigate = useNavigate();
  const action = usePlanAction(plan.id);
  const { abilities } = plan;

  const run = (step: PlanAction) =>
    action.mutate(step, {
      // Amending and implementing answer with a new draft: continue there.
      onSuccess: (result) => {
        if (result.id !== plan.id) navigate(`/ke-hoach/${result.id}/sua`);
      },
    });
  const doneMessages: Partial<Record<PlanAction, string>> = labels.done;
  const done = action.isSuccess ? doneMessages[action.variables] : undefined;

  if (!Object.values(abilities).some(Boolean)) return null;
  return (
    <>
      <Group gap="sm">
        {abilities.update && (
          <Button component={Link} to={`/ke-hoach/${plan.id}/sua`}>
            {labels.edit}
          </Button>
        )}
        {abilities.submitForReview && (
          <ConfirmButton
            label={labels.submitForReview}
            question={labels.submitConfirm}
            onConfirm={() => run('submit-for-review')}
            loading={action.isPending && action.variables === 'submit-for-review'}
            variant="light"
          />
        )}
        {abilities.issue && (
          <ConfirmButton
            label={labels.issue}
            question={labels.issueConfirm}
            onConfirm={() => run('issue')}
            loading={action.isPending && action.variables === 'issue'}
          />
        )}
        {abilities.implement && (
          <ConfirmButton
            label={labels.implement}
            question={labels.implementConfirm}
            onConfirm={() => run('implementing-plan')}
            loading={action.isPending && action.variables === 'implementing-plan'}
          />
        )}
        {abilities.cascade && <CascadeDialog planId={plan.id} issuerId={plan.issuer.id} />}
        {abilities.cascade && plan.status === 'issued' && (
          <Button component={Link} to={`/dot-bao-cao/moi?ke-hoach=${plan.id}`} variant="light">
            {labels.openReportingRound}
          </Button>
        )}
        {abilities.amend && (
          <ConfirmButton
            label={labels.amend}
            question={labels.amendConfirm}
            onConfirm={() => run('amend')}
            variant="default"
          />
        )}
        {abilities.close && (
          <ConfirmButton
            label={labels.close}
            question={labels.closeConfirm}
            onConfirm={() => run('close')}
            variant="default"
            color="red"
          />
        )}
      </Group>
      {action.isError && <ErrorAlert error={action.error} />}
      {done && (
        <Text role="status" c="green.9" fw={600}>
          {done}
        </Text>
      )}
    </>
  );
}
