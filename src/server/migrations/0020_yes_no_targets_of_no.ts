import { type Kysely, sql } from 'kysely';

const CELL_TABLES = ['rollup_cells', 'rollup_cell_changes'] as const;

/** The cells of yes/no fields whose round's year has a target of Không (0). */
const targetedNo = (table: string) => sql`exists (select 1
  from report_form_fields f
  inner join reporting_rounds rr on rr.id = ${sql.ref(`${table}.round_id`)}
  inner join reporting_targets t on t.indicator_id = f.indicator_id and t.year = rr.target_year
  where f.id = ${sql.ref(`${table}.field_id`)} and f.type = 'yes_no' and t.value = 0)`;

/**
 * A yes/no target of Không is met by the units answering Không (see `MEETS_TARGET`); the cells counted
 * those answering Có whatever the target. A yes/no cell's `value_sum` is its Có answers and `answered`
 * all its answers, so the count is `answered - value_sum`, in the stored cells and in their pending
 * changes alike (both are sums). Down: the count of Có answers again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of CELL_TABLES) {
    await sql`update ${sql.table(table)} set meeting_target = answered - value_sum
      where ${targetedNo(table)}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of CELL_TABLES) {
    await sql`update ${sql.table(table)} set meeting_target = value_sum where ${targetedNo(table)}`.execute(
      db,
    );
  }
}
