import { type Expression, type JoinBuilder, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import type { Database, PlanRequirementTable, PlanTable } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;
type Joined = Database & { r: PlanRequirementTable; c: PlanTable };

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

/** The unit's own implementing plan `c` of the required plan of requirement `r`, not an amendment of it. */
const onImplementingPlan = <J extends JoinBuilder<Joined, 'r' | 'c'>>(join: J) =>
  join
    .onRef('c.parent_plan_id', '=', 'r.plan_id')
    .onRef('c.issuer_unit_id', '=', 'r.unit_id')
    .on('c.amends_plan_id', 'is', null);

/** Requirements of a plan joined to the required unit and to the unit's own implementing plan, if any. */
export const requirementsWithStatus = (db: Executor, planId: number) =>
  db
    .selectFrom('plan_requirements as r')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .leftJoin('plans as c', onImplementingPlan)
    .where('r.plan_id', '=', planId);

/**
 * The same rows with the units listed first, in a CROSS JOIN: SQLite keeps that order, so it walks
 * the units (in name order, for a page) and probes each one's requirement instead of sorting every
 * requirement; PostgreSQL chooses the order from its statistics either way.
 */
export const requiredUnitsWithStatus = (db: Executor, planId: number) =>
  db
    .selectFrom('org_units as u')
    .crossJoin('plan_requirements as r')
    .leftJoin('plans as c', onImplementingPlan)
    .whereRef('r.unit_id', '=', 'u.id')
    .where('r.plan_id', '=', planId);
