import {
  cascadeRequestSchema,
  cascadeResultSchema,
  cascadeStatusQuerySchema,
  cascadeStatusSchema,
  planRequirementListSchema,
} from '../../../contract/plans/cascade.js';
import {
  closePlanRequestSchema,
  createPlanRequestSchema,
  importPlanRequestSchema,
  issuePlanRequestSchema,
  planListQuerySchema,
  planListSchema,
  planParamsSchema,
  planSchema,
  updatePlanRequestSchema,
} from '../../../contract/plans/plan.js';
import type { ProblemCode } from '../../../contract/problem.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import type { CascadeService } from './cascade-service.js';
import type { PlanService } from './service.js';
import { PlanVersionConflict, sendPlanVersionConflict } from './version-conflict.js';

/** What an edit of a plan's content can be refused for. */
const contentProblems: ProblemCode[] = [
  'plan_number_taken',
  'plan_period_invalid',
  'target_year_outside_period',
  'target_percent_above_100',
  'target_not_whole_dong',
  'target_not_whole_count',
  'target_not_yes_no',
  'task_lead_required',
  'unit_not_found',
  'linked_plan_not_found',
];
const writeProblems: ProblemCode[] = ['forbidden', 'not_found', 'csrf_failed', 'plan_status_conflict'];

export function registerPlanRoutes(registrar: RouteRegistrar, plans: PlanService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/plans',
    summary:
      'Plans the caller may see (issued in its subtree; once issued, also those of units above it or addressed to its subtree), newest first',
    tag: 'plans',
    access: 'signed_in',
    query: planListQuerySchema,
    response: planListSchema,
    problems: ['unit_not_found'],
    handler: ({ query, request }) => plans.list(currentUser(request), query),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans',
    summary: 'Draft a plan for a unit where the caller authors plans',
    tag: 'plans',
    access: 'signed_in',
    body: createPlanRequestSchema,
    response: planSchema,
    successStatus: 201,
    problems: ['forbidden', 'csrf_failed', 'unit_closed', ...contentProblems],
    handler: ({ body, request }) => plans.create(currentUser(request), body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/import',
    summary:
      'Draft a plan from the plain text of an existing one: number, place and date, title, legal bases, sections by heading, objectives, responsibilities, recipients and signer recognised; nothing dropped',
    tag: 'plans',
    access: 'signed_in',
    body: importPlanRequestSchema,
    response: planSchema,
    successStatus: 201,
    problems: [
      'forbidden',
      'csrf_failed',
      'unit_not_found',
      'unit_closed',
      'payload_too_large',
      'validation_failed',
    ],
    handler: ({ body, request }) => plans.importText(currentUser(request), body),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/plans/:id',
    summary:
      'The whole plan: objectives with indicators and yearly targets, tasks, sections, and what the caller may do',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    response: planSchema,
    problems: ['not_found'],
    handler: ({ params, request }) => plans.get(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'PUT',
    url: '/api/plans/:id',
    summary:
      'Replace a draft’s whole content; carries the version read, and a stale one answers 409 with the current plan in `current`',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    body: updatePlanRequestSchema,
    response: planSchema,
    problems: [...writeProblems, 'plan_not_editable', 'version_conflict', ...contentProblems],
    handler: async ({ params, body, request, reply }) => {
      try {
        return await plans.update(currentUser(request), params.id, body);
      } catch (error) {
        // The problem body carries the plan as it is now, which the shared problem writer has no room for.
        if (error instanceof PlanVersionConflict) return sendPlanVersionConflict(reply, error) as never;
        throw error;
      }
    },
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/submit-for-review',
    summary: 'Send a draft to the issuer’s leaders for review',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    response: planSchema,
    problems: [...writeProblems, 'version_conflict'],
    handler: ({ params, request }) => plans.submitForReview(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/issue',
    summary:
      'Issue (ban hành) a plan under review, by a leader of the issuer; the issuer’s next number for the year unless one is typed',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    body: issuePlanRequestSchema,
    response: planSchema,
    problems: [...writeProblems, 'plan_number_taken', 'version_conflict'],
    handler: ({ params, body, request }) => plans.issue(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/amend',
    summary:
      'Draft an amendment of an issued plan; the original becomes amended when the amendment is issued',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    response: planSchema,
    successStatus: 201,
    problems: writeProblems,
    handler: ({ params, request }) => plans.amend(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/close',
    summary: 'Close an issued plan, or mark it superseded by another plan, by a leader of the issuer',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    body: closePlanRequestSchema,
    response: planSchema,
    problems: [...writeProblems, 'linked_plan_not_found', 'version_conflict'],
    handler: ({ params, body, request }) => plans.close(currentUser(request), params.id, body.supersededBy),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/implementing-plan',
    summary:
      'Draft the caller’s unit’s own plan implementing an issued plan, pre-filled with its legal basis, objectives, targets and the tasks that concern the unit',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    response: planSchema,
    successStatus: 201,
    problems: [...writeProblems, 'implementing_plan_exists'],
    handler: ({ params, request }) => plans.implementingPlan(currentUser(request), params.id),
  });
}

export function registerCascadeRoutes(registrar: RouteRegistrar, cascade: CascadeService): void {
  addRoute(registrar, {
    method: 'POST',
    url: '/api/plans/:id/cascade',
    summary:
      'Require units below the issuer, chosen by kind, school level and subtree, to issue their own implementing plan by a date',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    body: cascadeRequestSchema,
    response: cascadeResultSchema,
    problems: [...writeProblems, 'cascade_due_in_past', 'cascade_no_units', 'unit_not_found'],
    handler: ({ params, body, request }) => cascade.cascade(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/plans/:id/cascade',
    summary:
      'Live cascade status: units expected to implement the plan, issued on time, late or not yet; per unit and per level',
    tag: 'plans',
    access: 'signed_in',
    params: planParamsSchema,
    query: cascadeStatusQuerySchema,
    response: cascadeStatusSchema,
    problems: ['not_found', 'forbidden'],
    handler: ({ params, query, request }) => cascade.status(currentUser(request), params.id, query),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/me/plan-requirements',
    summary: 'Plans the unit of the caller’s active role must issue its own implementing plan for',
    tag: 'plans',
    access: 'signed_in',
    response: planRequirementListSchema,
    handler: ({ request }) => cascade.requirementsOfMyUnit(currentUser(request)),
  });
}
