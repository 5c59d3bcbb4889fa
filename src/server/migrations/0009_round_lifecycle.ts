import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('reporting_rounds')
    .addColumn('recurs', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The round this one repeats for the next period; unique, so a period is never opened twice.
  await db.schema
    .alterTable('reporting_rounds')
    .addColumn('previous_round_id', 'integer', (c) => c.references('reporting_rounds.id'))
    .execute();
  await db.schema
    .createIndex('reporting_rounds_previous_unique')
    .on('reporting_rounds')
    .column('previous_round_id')
    .unique()
    .execute();

  // The unit selection the round was opened with, so the next period selects the units the same way.
  await db.schema
    .alterTable('reporting_rounds')
    .addColumn('units_under_id', 'integer', (c) => c.references('org_units.id'))
    .execute();
  await db.schema.alterTable('reporting_rounds').addColumn('unit_kinds_json', 'text').execute();
  await db.schema.alterTable('reporting_rounds').addColumn('school_levels_json', 'text').execute();

  // Rounds opened before: their units lie under the owner and are of the kinds that have a deadline.
  await sql`update reporting_rounds set units_under_id = owner_unit_id`.execute(db);
  const deadlines = await sql<{ round_id: number; unit_kind: string }>`
    select round_id, unit_kind from round_deadlines order by round_id, unit_kind`.execute(db);
  const kindsByRound = new Map<number, string[]>();
  for (const { round_id, unit_kind } of deadlines.rows) {
    kindsByRound.set(round_id, [...(kindsByRound.get(round_id) ?? []), unit_kind]);
  }
  for (const [roundId, kinds] of kindsByRound) {
    await sql`update reporting_rounds set unit_kinds_json = ${JSON.stringify(kinds)} where id = ${roundId}`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('reporting_rounds_previous_unique').execute();
  for (const column of [
    'school_levels_json',
    'unit_kinds_json',
    'units_under_id',
    'previous_round_id',
    'recurs',
  ]) {
    await db.schema.alterTable('reporting_rounds').dropColumn(column).execute();
  }
}
