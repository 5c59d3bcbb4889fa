import { type Kysely, sql } from 'kysely';
import { up as createTargetsView } from './0018_reporting_targets.js';

const CELL_TABLES = ['rollup_cells', 'rollup_cell_changes'] as const;

/** The cells of fields whose round's year has a ceiling for a target (a yes/no target of Không). */
const underCeiling = (table: string) => sql`exists (select 1
  from report_form_fields f
  inner join reporting_rounds rr on rr.id = ${sql.ref(`${table}.round_id`)}
  inner join reporting_targets t on t.indicator_id = f.indicator_id and t.year = rr.target_year
  where f.id = ${sql.ref(`${table}.field_id`)} and t.ceiling = 1)`;

/**
 * A yes/no indicator targeted Không asks no unit to answer Có: its target, 0 %, is a ceiling, where
 * every other target (a percent-of-units one of 0 % included) is a floor. The view says which, and the
 * cells, which counted the units answering Có whatever the target, count those answering Không under a
 * ceiling: a yes/no cell's `value_sum` is its Có answers and `answered` all its answers, so the count is
 * `answered - value_sum`, in the stored cells and in their pending changes alike (both are sums).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropView('reporting_targets').execute();
  await db.schema
    .createView('reporting_targets')
    .as(
      sql`select t.indicator_id, t.year,
          case when i.measure = 'yes_no' then t.value * 100 else t.value end as value,
          case when i.measure = 'yes_no' and t.value = 0 then 1 else 0 end as ceiling
        from plan_indicator_targets t
        inner join plan_indicators i on i.id = t.indicator_id`,
    )
    .execute();
  for (const table of CELL_TABLES) {
    await sql`update ${sql.table(table)} set meeting_target = answered - value_sum
      where ${underCeiling(table)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CELL_TABLES) {
    await sql`update ${sql.table(table)} set meeting_target = value_sum where ${underCeiling(table)}`.execute(
      db,
    );
  }
  await db.schema.dropView('reporting_targets').execute();
  await createTargetsView(db);
}
