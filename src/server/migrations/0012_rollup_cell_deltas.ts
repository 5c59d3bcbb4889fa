import type { Kysely } from 'kysely';
import { columnTypes } from '../core/db/column-types.js';

/**
 * Changes to the roll-up cells not yet added to them. A submission appends its contribution here
 * instead of updating the cells of its commune, Sở and ministry, which every submission of the round
 * shares: updating them in place held their row locks until commit and made submissions wait on each
 * other. The rows are folded into `rollup_cells` moments later; reads add the pending ones.
 *
 * No foreign keys: a row lives for a fraction of a second, points only at rows its cells already
 * reference, and each submission would otherwise check three keys for each of its ~120 rows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('rollup_cell_deltas')
    .addColumn('id', 'integer', t.id)
    .addColumn('round_id', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
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
    .createIndex('rollup_cell_deltas_unit_idx')
    .on('rollup_cell_deltas')
    .columns(['unit_id', 'round_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rollup_cell_deltas').execute();
}
