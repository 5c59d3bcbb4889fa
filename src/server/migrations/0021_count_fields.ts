import { type Kysely, sql } from 'kysely';

/**
 * The fields of count indicators become counts, which take whole numbers only (`fieldTypeOfMeasure`);
 * extra questions asking for a number keep taking fractions. Values entered before stay as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update report_form_fields set type = 'count'
    where type = 'number' and indicator_id in (select id from plan_indicators where measure = 'count')`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update report_form_fields set type = 'number' where type = 'count'`.execute(db);
}
