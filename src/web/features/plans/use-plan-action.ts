import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Plan } from '../../../contract/plans/plan';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from '../auth/session';
import { planKeys } from './plan-queries';

/** The life-cycle steps that answer with a plan: the same plan in its new state, or a new draft. */
export type PlanAction = 'submit-for-review' | 'issue' | 'close' | 'amend' | 'implementing-plan';

const BODY: Partial<Record<PlanAction, object>> = { issue: {}, close: {} };

export function usePlanAction(planId: string) {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: (action: PlanAction) =>
      apiRequest<Plan>(`/api/plans/${planId}/${action}`, { method: 'POST', body: BODY[action], csrfToken }),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
  });
}
