import { type Kysely, sql } from 'kysely';

/**
 * The fields of count indicators become counts, which take whole numbers only (`fieldTypeOfMeasure`);
 * extra questions asking for a number keep taking fractions. A field already holding a fraction stays a
 * number, so no value entered before becomes one a save refuses or a spreadsheet rounds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update report_form_fields set type = 'count'
    where type = 'number' and indicator_id in (select id from plan_indicators where measure = 'count')
      and not exists (select 1 from report_values v
        where v.field_id = report_form_fields.id and v.value <> round(v.value))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update report_form_fields set type = 'number' where type = 'count'`.execute(db);
}
