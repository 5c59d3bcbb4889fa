import { type Kysely, sql } from 'kysely';
import { cascadeUnitStatuses } from '../../contract/plans/cascade.js';

/**
 * The cascade status counts kept up to date by the writes: per plan, level (a school's level, or the
 * unit's kind) and status of the unit's implementing plan, how many units the plan requires. The
 * status reads these few rows instead of grouping every requirement (55,000 for a national plan).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plan_cascade_counts')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('units', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_cascade_counts_pk', ['plan_id', 'level', 'status'])
    .addCheckConstraint(
      'plan_cascade_counts_status_check',
      sql.raw(`status in (${cascadeUnitStatuses.map((status) => `'${status}'`).join(', ')})`),
    )
    .execute();

  // The requirements already there, with the rule the application applies (requirement-status.ts).
  await sql`insert into plan_cascade_counts (plan_id, level, status, units)
    select r.plan_id, coalesce(u.school_level, u.kind),
      case
        when c.issued_on is null or c.status in ('draft', 'in_review') then 'not_issued'
        when c.issued_on <= r.due_on then 'issued_on_time'
        else 'issued_late'
      end,
      count(*)
    from plan_requirements r
    inner join org_units u on u.id = r.unit_id
    left join plans c
      on c.parent_plan_id = r.plan_id and c.issuer_unit_id = r.unit_id and c.amends_plan_id is null
    group by 1, 2, 3`.execute(db);
  await sql`analyze plan_cascade_counts`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('plan_cascade_counts').execute();
}
