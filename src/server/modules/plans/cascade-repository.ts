import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import type { Database } from '../../core/db/schema.js';

export interface UnitSelection {
  /** Path of the unit below which units are chosen (the unit itself is not). */
  underPath: string;
  kinds: OrgUnitKind[];
  schoolLevels?: SchoolLevel[];
  /** Units open on this date. */
  at: string;
}

const notIssued = sql<SqlBool>`(c.issued_on is null or c.status in ('draft', 'in_review'))`;

/** The status of a requirement, in SQL, so counting and filtering stay in the database. */
const statusOf = sql<CascadeUnitStatus>`case
  when ${notIssued} then 'not_issued'
  when c.issued_on <= r.due_on then 'issued_on_time'
  else 'issued_late' end`;

/**
 * The same statuses as plain conditions rather than a comparison with `statusOf`, so PostgreSQL can
 * estimate how many rows match and walk the units in name order for a page instead of sorting them all.
 */
const hasStatus: Record<CascadeUnitStatus, Expression<SqlBool>> = {
  not_issued: notIssued,
  issued_on_time: sql<SqlBool>`not ${notIssued} and c.issued_on <= r.due_on`,
  issued_late: sql<SqlBool>`not ${notIssued} and c.issued_on > r.due_on`,
};

/** Requirements of a plan joined to the required unit and to the unit's own implementing plan, if any. */
const requirementsWithStatus = (db: Kysely<Database>, planId: number) =>
  db
    .selectFrom('plan_requirements as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .leftJoin('plans as c', (join) =>
      join
        .onRef('c.parent_plan_id', '=', 'r.plan_id')
        .onRef('c.issuer_unit_id', '=', 'r.unit_id')
        .on('c.amends_plan_id', 'is', null),
    )
    .where('r.plan_id', '=', planId);

/**
 * Cascade requirements and their status. A requirement is met by the unit's own implementing plan
 * of the required plan (not an amendment of it), once that plan is issued.
 */
export function createCascadeRepository(db: Kysely<Database>) {
  return {
    /** One INSERT … SELECT over the subtree; units already required keep their requirement. Returns how many were added. */
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
      return Number(result.numInsertedOrUpdatedRows ?? 0);
    },

    /** How many required units are in each status, per school level (or kind): one grouped join. */
    statusCounts: (planId: number) =>
      requirementsWithStatus(db, planId)
        .select((eb) => [
          sql<string>`coalesce(u.school_level, u.kind)`.as('level'),
          statusOf.as('status'),
          eb.fn.countAll<number>().as('count'),
        ])
        .groupBy([sql`coalesce(u.school_level, u.kind)`, statusOf])
        .execute(),

    /** One page of the required units with their implementing plans, by name, optionally of one status. */
    statusUnits: (planId: number, filter: { status?: CascadeUnitStatus; limit: number; offset: number }) =>
      requirementsWithStatus(db, planId)
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
