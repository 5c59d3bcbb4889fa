import { type Kysely, sql } from 'kysely';

/**
 * Cascade status and the unit pages at national scale (55,000 required units): the counts per level
 * read three narrow indexes instead of the plan and unit rows, and a page of required units walks the
 * units in name order instead of sorting all of them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('plan_requirements_plan_due_idx')
    .on('plan_requirements')
    .columns(['plan_id', 'unit_id', 'due_on'])
    .execute();
  // What the status of a requirement needs from the unit's implementing plan.
  await db.schema
    .createIndex('plans_implementing_status_idx')
    .on('plans')
    .columns(['parent_plan_id', 'issuer_unit_id', 'status', 'issued_on'])
    .where(sql.ref('amends_plan_id'), 'is', null)
    .execute();
  // The level a unit is counted under: coalesce(school_level, kind).
  await db.schema
    .createIndex('org_units_level_idx')
    .on('org_units')
    .columns(['id', 'kind', 'school_level'])
    .execute();
  await db.schema.createIndex('org_units_name_idx').on('org_units').columns(['name', 'public_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of [
    'org_units_name_idx',
    'org_units_level_idx',
    'plans_implementing_status_idx',
    'plan_requirements_plan_due_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
}
