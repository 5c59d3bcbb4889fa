import type { Kysely } from 'kysely';
import { hasUnitsBelow } from '../../../contract/org.js';
import type {
  CascadeRequest,
  CascadeStatus,
  CascadeStatusQuery,
  PlanRequirement,
} from '../../../contract/plans/cascade.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem } from '../../core/http/problem.js';
import { vietnamToday } from '../../core/vietnam-date.js';
import type { CascadeRepository } from './cascade-repository.js';
import { formatNumber } from './plan-number.js';
import { planPolicy } from './policy.js';
import type { PlanService } from './service.js';

const emptyCounts = () => ({ expected: 0, issuedOnTime: 0, issuedLate: 0, notIssued: 0 });
const countKey = {
  issued_on_time: 'issuedOnTime',
  issued_late: 'issuedLate',
  not_issued: 'notIssued',
} as const;

export function createCascadeService(deps: {
  db: Kysely<Database>;
  repository: CascadeRepository;
  plans: PlanService;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, plans, audit, clock } = deps;

  return {
    /** Requires the chosen units below the issuer to issue their own implementing plan by a date. */
    async cascade(user: SignedInUser, publicId: string, request: CascadeRequest) {
      const row = await plans.visiblePlan(user, publicId);
      if (!planPolicy.author(user, row.issuer_path))
        throw forbidden('You may not cascade plans of this unit.');
      if (!hasUnitsBelow(row.issuer_kind))
        throw forbidden('A school has no units below it to cascade its plan to.');
      if (row.status !== 'issued')
        throw new HttpProblem('plan_status_conflict', `A plan that is ${row.status} cannot be cascaded.`);
      const today = vietnamToday(clock);
      if (request.dueOn < today)
        throw new HttpProblem(
          'cascade_due_in_past',
          `The due date ${request.dueOn} is before today, ${today}.`,
          {
            errors: [{ path: 'body.dueOn', message: `not before ${today}` }],
          },
        );
      const under = request.under === undefined ? undefined : await plans.unit(request.under);
      if (request.under !== undefined && !under?.path.startsWith(row.issuer_path))
        throw new HttpProblem('unit_not_found', 'There is no such unit below the issuer.');
      const required = await db.transaction().execute(async (trx) => {
        const added = await repository.requireUnits(
          trx,
          row.id,
          {
            underPath: under?.path ?? row.issuer_path,
            kinds: request.kinds,
            schoolLevels: request.schoolLevels,
            at: today,
          },
          { dueOn: request.dueOn, createdBy: user.accountId, createdAt: clock.now().toISOString() },
        );
        if (added === 0)
          throw new HttpProblem('cascade_no_units', 'No unit below matches that is not already required.');
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'plan.cascaded',
          entityType: 'plan',
          entityId: row.public_id,
          after: { ...request, required: added },
        });
        return added;
      });
      return { required };
    },

    /**
     * Records requirements that were set outside the system (demo data, archives) as they were,
     * including due dates now past.
     */
    async enterRequirements(
      planId: number,
      underPaths: string[],
      kinds: CascadeRequest['kinds'],
      dueOn: string,
    ) {
      await db.transaction().execute(async (trx) => {
        for (const underPath of underPaths) {
          await repository.requireUnits(
            trx,
            planId,
            { underPath, kinds, at: dueOn },
            { dueOn, createdBy: null, createdAt: clock.now().toISOString() },
          );
        }
      });
    },

    /**
     * Who has issued their implementing plan, on time or late, and who has not: the counts per level
     * kept by the writes, then one page of the units (e.g. those still to chase), read in the way that
     * suits how many there are.
     */
    async status(user: SignedInUser, publicId: string, query: CascadeStatusQuery): Promise<CascadeStatus> {
      const row = await plans.visiblePlan(user, publicId);
      if (!planPolicy.followCascade(user, row.issuer_path))
        throw forbidden('Only the issuer’s side follows who has implemented this plan.');
      const counts = await repository.statusCounts(row.id);
      const totals = emptyCounts();
      const byLevel = new Map<string, ReturnType<typeof emptyCounts>>();
      for (const { level, status, units } of counts) {
        const levelCounts = byLevel.get(level) ?? emptyCounts();
        byLevel.set(level, levelCounts);
        for (const tally of [totals, levelCounts]) {
          tally.expected += units;
          tally[countKey[status]] += units;
        }
      }
      const unitsTotal = query.status === undefined ? totals.expected : totals[countKey[query.status]];
      const units = await repository.statusUnits(row.id, query, unitsTotal);
      return {
        ...totals,
        unitsTotal,
        units: units.map((unit) => ({
          unit: {
            id: unit.unit_public_id,
            name: unit.unit_name,
            kind: unit.unit_kind,
            schoolLevel: unit.school_level,
          },
          dueOn: unit.due_on,
          status: unit.status,
          issuedOn: unit.status === 'not_issued' ? null : unit.child_issued_on,
          childPlanId: unit.child_public_id,
        })),
        byLevel: [...byLevel].map(([level, levelCounts]) => ({ level, ...levelCounts })),
      };
    },

    /** The plans the caller's unit must issue an implementing plan for. */
    async requirementsOfMyUnit(user: SignedInUser): Promise<{ items: PlanRequirement[] }> {
      if (!user.activeGrant) return { items: [] };
      const rows = await repository.requirementsOfUnit(user.activeGrant.unitId);
      return {
        items: rows.map((requirement) => ({
          plan: {
            id: requirement.public_id,
            number: formatNumber(requirement.number, requirement.symbol),
            title: requirement.title,
            status: requirement.status,
            issuer: { id: requirement.issuer_public_id, name: requirement.issuer_name },
          },
          unit: { id: requirement.unit_public_id, name: requirement.unit_name },
          dueOn: requirement.due_on,
          status: requirement.status_of_requirement,
          childPlanId: requirement.child_public_id,
        })),
      };
    },
  };
}

export type CascadeService = ReturnType<typeof createCascadeService>;
