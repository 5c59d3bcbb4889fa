import { type Kysely, sql, type Transaction } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import type { Database } from '../../core/db/schema.js';
import { refillCascadeCounts, storedCascadeCounts } from './cascade-counts.js';
import {
  hasStatus,
  requiredUnitsWithStatus,
  requirementsWithStatus,
  statusOf,
} from './requirement-status.js';

/**
 * From this many matching units on, a page walks the units in name order instead of sorting the
 * matching requirements; the walk reads about (all units ÷ matching) units per row of the page.
 * Nationally SQLite sorts the 54,000 requirements of the ministry's plan in ~80 ms, and walks all
 * 57,000 units in under 20 ms.
 */
const WALK_UNITS_FROM = 1_000;

export interface UnitSelection {
  /** Path of the unit below which units are chosen (the unit itself is not). */
  underPath: string;
  kinds: OrgUnitKind[];
  schoolLevels?: SchoolLevel[];
  /** Units open on this date. */
  at: string;
}

/** Cascade requirements and their status (requirement-status.ts). */
export function createCascadeRepository(db: Kysely<Database>) {
  return {
    /**
     * One INSERT … SELECT over the subtree; units already required keep their requirement. Recounts
     * the plan's cascade status when units were added. Returns how many were added.
     */
    requireUnits: async (
      trx: Transaction<Database>,
      planId: number,
      selection: UnitSelection,
      requirement: { dueOn: string; createdBy: number | null; createdAt: string },
    ) => {
      const units = trx
        .selectFrom('org_units as u')
        .select((eb) => [
          eb.val(planId).as('plan_id'),
          'u.id as unit_id',
          eb.val(requirement.dueOn).as('due_on'),
          eb.val(requirement.createdBy).as('created_by'),
          eb.val(requirement.createdAt).as('created_at'),
        ])
        .where('u.kind', 'in', selection.kinds)
        .where('u.path', '>', selection.underPath)
        .where('u.path', '<', `${selection.underPath}~`)
        .where('u.valid_from', '<=', selection.at)
        .where((eb) => eb.or([eb('u.valid_to', 'is', null), eb('u.valid_to', '>=', selection.at)]))
        .$if(selection.schoolLevels !== undefined, (query) =>
          query.where('u.school_level', 'in', selection.schoolLevels as SchoolLevel[]),
        );
      const result = await trx
        .insertInto('plan_requirements')
        .columns(['plan_id', 'unit_id', 'due_on', 'created_by', 'created_at'])
        .expression(units)
        .onConflict((conflict) => conflict.columns(['plan_id', 'unit_id']).doNothing())
        .executeTakeFirst();
      const added = Number(result.numInsertedOrUpdatedRows ?? 0);
      if (added > 0) await refillCascadeCounts(trx, planId);
      return added;
    },

    /** How many required units are in each status, per school level (or kind), as kept by the writes. */
    statusCounts: (planId: number) => storedCascadeCounts(db, planId),

    /**
     * One page of the required units with their implementing plans, by name, optionally of one status;
     * `matching` is how many units the page is taken from.
     */
    statusUnits: (
      planId: number,
      filter: { status?: CascadeUnitStatus; limit: number; offset: number },
      matching: number,
    ) =>
      (matching >= WALK_UNITS_FROM ? requiredUnitsWithStatus : requirementsWithStatus)(db, planId)
        .select([
          'u.public_id as unit_public_id',
          'u.name as unit_name',
          'u.kind as unit_kind',
          'u.school_level',
          'r.due_on',
          'c.public_id as child_public_id',
          'c.issued_on as child_issued_on',
          statusOf.as('status'),
        ])
        .$if(filter.status !== undefined, (query) =>
          query.where(hasStatus[filter.status as CascadeUnitStatus]),
        )
        .orderBy('u.name')
        .orderBy('u.public_id')
        .limit(filter.limit)
        .offset(filter.offset)
        .execute(),

    /** The requirements on one unit, with the required plan and the unit's own plan, soonest due first. */
    requirementsOfUnit: (unitId: number) =>
      db
        .selectFrom('plan_requirements as r')
        .innerJoin('plans as p', 'p.id', 'r.plan_id')
        .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .leftJoin('plans as c', (join) =>
          join
            .onRef('c.parent_plan_id', '=', 'r.plan_id')
            .onRef('c.issuer_unit_id', '=', 'r.unit_id')
            .on('c.amends_plan_id', 'is', null),
        )
        .select([
          'p.public_id',
          'p.number',
          'p.symbol',
          'p.title',
          'p.status',
          'issuer.public_id as issuer_public_id',
          'issuer.name as issuer_name',
          'u.public_id as unit_public_id',
          'u.name as unit_name',
          'r.due_on',
          'c.public_id as child_public_id',
          statusOf.as('status_of_requirement'),
        ])
        .where('r.unit_id', '=', unitId)
        .orderBy('r.due_on')
        .orderBy(sql`p.public_id`)
        .execute(),
  };
}

export type CascadeRepository = ReturnType<typeof createCascadeRepository>;
