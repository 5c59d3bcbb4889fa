import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../core/db/column-types.js';
import * as m0012 from './0012_rollup_cell_deltas.js';

const SHIFTED = [
  'reported',
  'on_time',
  'value_sum',
  'numerator_sum',
  'denominator_sum',
  'answered',
  'meeting_target',
];

/**
 * A pending roll-up change is now kept once, at the lowest unit it changes (the reporting unit's
 * parent) with that unit's path, instead of once per unit above the report. A submission then writes
 * one row per field with a plain grouped insert, where it used to walk the tree for each of ~120 rows;
 * the fold walks the tree once for everything pending, and a read adds the pending rows at or below
 * its unit by path.
 *
 * The rows pending now are per unit already: they are added to the cells before the table is rebuilt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns = sql.join(SHIFTED.map((column) => sql.ref(column)));
  const sums = sql.join(SHIFTED.map((column) => sql`sum(${sql.ref(column)})`));
  const addToStored = sql.join(
    SHIFTED.map(
      (column) =>
        sql`${sql.ref(column)} = ${sql.ref(`rollup_cells.${column}`)} + ${sql.ref(`excluded.${column}`)}`,
    ),
  );
  await sql`insert into rollup_cells (round_id, unit_id, field_id, expected, ${columns})
    select round_id, unit_id, field_id, 0, ${sums} from rollup_cell_deltas group by round_id, unit_id, field_id
    on conflict (round_id, unit_id, field_id) do update set ${addToStored}`.execute(db);
  await db.schema.dropTable('rollup_cell_deltas').execute();

  const t = columnTypes(db);
  await db.schema
    .createTable('rollup_cell_deltas')
    .addColumn('id', 'integer', t.id)
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('field_id', 'integer', (c) => c.notNull())
    .addColumn('reported', 'integer', (c) => c.notNull())
    .addColumn('on_time', 'integer', (c) => c.notNull())
    .addColumn('value_sum', 'double precision', (c) => c.notNull())
    .addColumn('numerator_sum', 'double precision', (c) => c.notNull())
    .addColumn('denominator_sum', 'double precision', (c) => c.notNull())
    .addColumn('answered', 'integer', (c) => c.notNull())
    .addColumn('meeting_target', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rollup_cell_deltas_path_idx')
    .on('rollup_cell_deltas')
    .columns(['unit_path', 'round_id'])
    .execute();
}

/** Back to one row per unit above: each pending row is copied to its unit and every unit above it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const columns = sql.join(SHIFTED.map((column) => sql.ref(column)));
  await db.schema.alterTable('rollup_cell_deltas').renameTo('rollup_cell_deltas_by_parent').execute();
  await m0012.up(db);
  await sql`insert into rollup_cell_deltas (round_id, unit_id, field_id, ${columns})
    with recursive above (id, unit_id) as (
      select id, unit_id from rollup_cell_deltas_by_parent
      union all
      select above.id, u.parent_id from above inner join org_units u on u.id = above.unit_id
      where u.parent_id is not null
    )
    select d.round_id, above.unit_id, d.field_id, ${sql.join(SHIFTED.map((column) => sql.ref(`d.${column}`)))}
    from above inner join rollup_cell_deltas_by_parent d on d.id = above.id`.execute(db);
  await db.schema.dropTable('rollup_cell_deltas_by_parent').execute();
}
