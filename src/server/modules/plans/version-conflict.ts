import type { FastifyReply } from 'fastify';
import type { Plan } from '../../../contract/plans/plan.js';
import { problemStatuses } from '../../../contract/problem.js';
import { HttpProblem } from '../../core/http/problem.js';
import { problemTitles } from '../../core/http/problem-titles.js';

/** A stale edit: carries the plan as it is now, so the author sees the other person's changes. */
export class PlanVersionConflict extends HttpProblem {
  constructor(readonly current: Plan) {
    super('version_conflict', 'Someone else changed this plan meanwhile; their version is in `current`.');
  }
}

/** Problem JSON with the current plan as an extension member (RFC 9457 §3.2). */
export function sendPlanVersionConflict(reply: FastifyReply, conflict: PlanVersionConflict): FastifyReply {
  return reply
    .code(problemStatuses.version_conflict)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: '/api/problems/version_conflict',
      title: problemTitles.version_conflict,
      status: problemStatuses.version_conflict,
      detail: conflict.detail,
      code: conflict.code,
      requestId: String(reply.request.id),
      current: conflict.current,
    });
}
