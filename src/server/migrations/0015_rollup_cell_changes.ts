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
 * Pending roll-up changes move from `rollup_cell_deltas` (one row per unit above a report) to
 * `rollup_cell_changes`, one row per field at the lowest unit a change reaches (the reporting unit's
 * parent) with that unit's path. A submission then writes ~40 rows with a plain grouped insert, where
 * it wrote ~120 through a walk of the tree; the fold walks the tree once for everything pending, and a
 * read adds the pending rows at or below its unit by path.
 *
 * The table is renamed, not altered, so that a node still running the previous version fails loudly
 * on it instead of folding rows it would misread; on PostgreSQL the old table is locked first, so no
 * such node adds or folds rows while they are carried over. The rows pending there are per unit already:
 * they are added to the cells.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  if (t.dialect === 'postgres') await sql`lock table rollup_cell_deltas in exclusive mode`.execute(db);
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

  // Byte order, as `org_units.path` (migration 0002): subtree ranges end at the path followed by '~'.
  const byteOrderedText = t.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  await db.schema
    .createTable('rollup_cell_changes')
    .addColumn('id', 'integer', t.id)
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('unit_path', byteOrderedText, (c) => c.notNull())
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
    .createIndex('rollup_cell_changes_path_idx')
    .on('rollup_cell_changes')
    .columns(['unit_path', 'round_id'])
    .execute();
}

/** Back to one row per unit above: each pending change is copied to its unit and every unit above it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const columns = sql.join(SHIFTED.map((column) => sql.ref(column)));
  await m0012.up(db);
  await sql`insert into rollup_cell_deltas (round_id, unit_id, field_id, ${columns})
    with recursive above (id, unit_id) as (
      select id, unit_id from rollup_cell_changes
      union all
      select above.id, u.parent_id from above inner join org_units u on u.id = above.unit_id
      where u.parent_id is not null
    )
    select c.round_id, above.unit_id, c.field_id, ${sql.join(SHIFTED.map((column) => sql.ref(`c.${column}`)))}
    from above inner join rollup_cell_changes c on c.id = above.id`.execute(db);
  await db.schema.dropTable('rollup_cell_changes').execute();
}
