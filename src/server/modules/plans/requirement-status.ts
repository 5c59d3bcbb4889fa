import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import type { Database } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const notIssued = sql<SqlBool>`(c.issued_on is null or c.status in ('draft', 'in_review'))`;

/**
 * The status of a requirement, in SQL, so counting and filtering stay in the database. A requirement
 * is met by the unit's own implementing plan of the required plan (not an amendment of it), once that
 * plan is issued.
 */
export const statusOf = sql<CascadeUnitStatus>`case
  when ${notIssued} then 'not_issued'
  when c.issued_on <= r.due_on then 'issued_on_time'
  else 'issued_late' end`;

/**
 * The same statuses as plain conditions rather than a comparison with `statusOf`, so PostgreSQL can
 * estimate how many rows match and walk the units in name order for a page instead of sorting them all.
 */
export const hasStatus: Record<CascadeUnitStatus, Expression<SqlBool>> = {
  not_issued: notIssued,
  issued_on_time: sql<SqlBool>`not ${notIssued} and c.issued_on <= r.due_on`,
  issued_late: sql<SqlBool>`not ${notIssued} and c.issued_on > r.due_on`,
};

/** The level a required unit is counted under: a school's level, the kind of any other unit. */
export const levelOf = sql<string>`coalesce(u.school_level, u.kind)`;

/** Requirements of a plan joined to the required unit and to the unit's own implementing plan, if any. */
export const requirementsWithStatus = (db: Executor, planId: number) =>
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
