import { type Kysely, type RawBuilder, type SqlBool, sql, type Transaction } from 'kysely';
import { dialectOf } from '../../core/db/dialect-of.js';
import type { Database } from '../../core/db/schema.js';
import { hasReportsBelow } from './first-hand-sql.js';
import { IS_REPORTED, REPORTED_AS_NUMBER } from './reported-sql.js';
import { inSubtree } from './subtree.js';
import { FIELD_AND_TARGET, MEETS_TARGET } from './target-sql.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** What a change to a cell moves: all its counts and sums but `expected`, which only a refill sets. */
const SHIFTED = [
  'reported',
  'on_time',
  'value_sum',
  'numerator_sum',
  'denominator_sum',
  'answered',
  'meeting_target',
] as const;
type Shifted = (typeof SHIFTED)[number];

const columnList = (columns: readonly string[]) => sql.join(columns.map((column) => sql.ref(column)));
const CELL_KEY = ['round_id', 'unit_id', 'field_id'] as const;
const CELL_COLUMNS = columnList([...CELL_KEY, 'expected', ...SHIFTED]);

/** A stored cell `s` as it stands: plus its changes `d` not folded in yet. */
const current = <C extends Shifted>(column: C) =>
  sql<number>`${sql.ref(`s.${column}`)} + coalesce(${sql.ref(`d.${column}`)}, 0)`.as(column);

/** A roll-up cell's counts and sums, read wherever a roll-up comes from the cells (see `pendingCellsOf`). */
export const cellAggregates = [
  's.expected',
  current('reported'),
  current('on_time'),
  current('value_sum'),
  current('numerator_sum'),
  current('denominator_sum'),
  current('answered'),
  current('meeting_target'),
] as const;

/**
 * The changes to a unit's cells not yet folded in, summed per round and field: those kept at the unit
 * or below it (see `shiftReportedCells`). Joined as `d` on the stored cells `s` (left join, on round
 * and field) for `cellAggregates`.
 */
export const pendingCellsOf = (db: Kysely<Database>, unitPath: string) =>
  db
    .selectFrom('rollup_cell_changes')
    .where(inSubtree('unit_path', unitPath))
    .groupBy(['round_id', 'field_id'])
    .select([
      'round_id',
      'field_id',
      ...SHIFTED.map((column) => sql<number>`sum(${sql.ref(column)})`.as(column)),
    ])
    .as('d');

/**
 * The first-hand reports `r` chosen by `which` summed per round, parent unit and field: `expected`
 * towards the units expected and `reported` towards the reported ones and their sums (1 to add it,
 * -1 to take it away, 0 to leave it out). First-hand: a report with no report of the round below it,
 * the rule of `hasReportsBelow`. Rows: round_id, parent_id, parent_path, field_id and the sums.
 * The reports are counted once per parent and crossed with the form's fields afterwards, and only the
 * values that exist are summed: pairing every report with every field first made a national round's
 * opening, with no values yet, walk 2.1 million report-field pairs (docs/performance.md).
 */
function byParent(which: RawBuilder<SqlBool>, expected: RawBuilder<number>, reported: RawBuilder<number>) {
  return sql`with first_hand as (
      select r.id, r.round_id, u.parent_id, r.late, ${expected} as expected, ${reported} as reported
      from reports r
      inner join org_units u on u.id = r.unit_id
      where ${which} and (u.kind = 'school' or not ${hasReportsBelow('u', sql.ref('r.round_id'))})
    ),
    counts as (
      select round_id, parent_id, sum(expected) as expected, sum(reported) as reported,
        sum(reported * (1 - late)) as on_time
      from first_hand group by round_id, parent_id
    ),
    sums as (
      select h.round_id, h.parent_id, v.field_id,
        sum(h.reported * v.value) as value_sum,
        sum(h.reported * v.numerator) as numerator_sum,
        sum(h.reported * v.denominator) as denominator_sum,
        sum(case when v.value is not null then h.reported else 0 end) as answered,
        sum(case when ${MEETS_TARGET} then h.reported else 0 end) as meeting_target
      from first_hand h
      inner join reporting_rounds rr on rr.id = h.round_id
      inner join report_values v on v.report_id = h.id
      inner join report_form_fields f on f.id = v.field_id
      left join reporting_targets t on t.indicator_id = f.indicator_id and t.year = rr.target_year
      where h.reported <> 0
      group by h.round_id, h.parent_id, v.field_id
    )
    select c.round_id, c.parent_id, parent.path as parent_path, f.id as field_id,
      c.expected, c.reported, c.on_time,
      coalesce(s.value_sum, 0) as value_sum,
      coalesce(s.numerator_sum, 0) as numerator_sum,
      coalesce(s.denominator_sum, 0) as denominator_sum,
      coalesce(s.answered, 0) as answered,
      coalesce(s.meeting_target, 0) as meeting_target
    from counts c
    inner join org_units parent on parent.id = c.parent_id
    inner join reporting_rounds rr on rr.id = c.round_id
    inner join report_form_fields f on f.form_id = rr.form_id and f.form_version = rr.form_version
    left join sums s on s.round_id = c.round_id and s.parent_id = c.parent_id and s.field_id = f.id`;
}

/** What an insert into the stored cells does with a cell already there: adds to it. */
const ADD_TO_STORED = sql`on conflict (round_id, unit_id, field_id) do update set ${sql.join(
  ['expected', ...SHIFTED].map(
    (column) =>
      sql`${sql.ref(column)} = ${sql.ref(`rollup_cells.${column}`)} + ${sql.ref(`excluded.${column}`)}`,
  ),
)}`;

/**
 * Adds sums per parent (`sums`, a select of `byParent`'s columns) to the stored cells of the parent and
 * of every unit above it. `moved`, when given, is a data-modifying statement whose returned rows `sums`
 * reads as `moved` (PostgreSQL allows those only at the top of a statement). The walk up is one
 * primary-key lookup per step (a join there made PostgreSQL scan every unit); the step past the root
 * yields a null unit, left out. Ordered, so that concurrent writers lock cells alike.
 */
const addCarriedUp = (trx: Executor, sums: RawBuilder<unknown>, moved?: RawBuilder<unknown>) =>
  sql`with recursive ${moved ? sql`moved as (${moved}), ` : sql``}by_parent as (${sums}),
    above (parent_id, unit_id) as (
      select distinct parent_id, parent_id from by_parent
      union all
      select above.parent_id, (select a.parent_id from org_units a where a.id = above.unit_id) from above
      where above.unit_id is not null
    )
    insert into rollup_cells (${CELL_COLUMNS})
    select p.round_id, above.unit_id, p.field_id,
      sum(p.expected), sum(p.reported), sum(p.on_time), sum(p.value_sum), sum(p.numerator_sum),
      sum(p.denominator_sum), sum(p.answered), sum(p.meeting_target)
    from by_parent p
    inner join above on above.parent_id = p.parent_id
    where above.unit_id is not null
    group by p.round_id, above.unit_id, p.field_id
    order by p.round_id, above.unit_id, p.field_id
    ${ADD_TO_STORED}`.execute(trx);

/** Pending changes `source` summed per parent, as `byParent` rows with nothing expected. */
const pendingByParent = (source: RawBuilder<unknown>) =>
  sql`select round_id, unit_id as parent_id, field_id, 0 as expected,
    ${sql.join(SHIFTED.map((column) => sql`sum(${sql.ref(column)}) as ${sql.ref(column)}`))}
    from ${source} group by round_id, unit_id, field_id`;

/**
 * Moves the pending changes into the stored cells, in one transaction; answers whether there were any.
 * PostgreSQL deletes and adds exactly the rows its statement saw, whatever commits meanwhile, and one
 * node folds at a time (the others skip); SQLite has one writer, so the rows up to the last id seen are
 * all there is.
 */
export async function foldPendingCells(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (dialectOf(db) === 'postgres') {
      const { rows } = await sql<{
        folding: boolean;
      }>`select pg_try_advisory_xact_lock(hashtext('rollup_cell_changes')) as folding`.execute(trx);
      if (!rows[0]?.folding) return false;
      // The planner's guess at the walk up (thousands of rows where a fold meets tens of units) put the
      // statement over `jit_above_cost`: compiling it took ~125 ms of CPU per fold, twice a second
      // under load, for a statement that runs in a few milliseconds.
      await sql`set local jit = off`.execute(trx);
      const moved = await addCarriedUp(
        trx,
        pendingByParent(sql`moved`),
        sql`delete from rollup_cell_changes returning *`,
      );
      return Number(moved.numAffectedRows ?? 0) > 0;
    }
    const last = await trx
      .selectFrom('rollup_cell_changes')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    if (last?.id == null) return false;
    await addCarriedUp(trx, pendingByParent(sql`rollup_cell_changes where id <= ${last.id}`));
    await trx.deleteFrom('rollup_cell_changes').where('id', '<=', last.id).execute();
    return true;
  });
}

/**
 * Reclaims the folded rows on PostgreSQL. Every row of the table is deleted within a second of its
 * insert: left to autovacuum (which may be off, or slow to reach a table this small), the dead rows
 * pile up under the roll-ups' scan of a unit's pending rows and under the fold's own scan (24 ms for a
 * national roll-up after 150,000 folded rows, instead of 0.2 ms). `skip_locked`: another node is at it.
 * The emptied pages stay for the next changes (migration 0022).
 */
export async function vacuumPendingCells(db: Kysely<Database>): Promise<void> {
  if (dialectOf(db) === 'postgres') await sql`vacuum (skip_locked) rollup_cell_changes`.execute(db);
}

/**
 * The maintained roll-up (table `rollup_cells`, migration 0011), kept in step by the repository's
 * writes of reports and values in their own transaction, so roll-ups read from it stay live.
 */
export function createRollupCells(db: Kysely<Database>) {
  return {
    /** Recomputes a round's cells from its reports: when it opens, or after its outcome was entered. */
    refillRollupCells: async (trx: Executor, roundId: number) => {
      await trx.deleteFrom('rollup_cell_changes').where('round_id', '=', roundId).execute();
      await trx.deleteFrom('rollup_cells').where('round_id', '=', roundId).execute();
      const reports = byParent(sql<SqlBool>`r.round_id = ${roundId}`, sql<number>`1`, REPORTED_AS_NUMBER);
      await addCarriedUp(trx, reports);
    },

    /**
     * Adds (1) or takes away (-1) those of the reports that are reported, as they stand: a write that
     * may change a report's status or values takes it away before and adds it back after. The change
     * is appended to the pending ones, one row per parent unit and field (`foldPendingCells` carries
     * them into the cells of the parent and every unit above it), so concurrent submissions under the
     * same commune, Sở and ministry do not wait for each other's cells.
     */
    shiftReportedCells: async (trx: Executor, reportIds: number[], direction: 1 | -1) => {
      if (reportIds.length === 0) return;
      const changes = byParent(
        sql<SqlBool>`r.id in (${sql.join(reportIds)}) and ${IS_REPORTED}`,
        sql<number>`0`,
        sql<number>`${sql.lit(direction)}`,
      );
      await sql`insert into rollup_cell_changes (round_id, unit_id, unit_path, field_id, ${columnList(SHIFTED)})
        select round_id, parent_id, parent_path, field_id, ${columnList(SHIFTED)} from (${changes}) as c`.execute(
        trx,
      );
    },

    /**
     * Per field of the round's form, the cells of a unit: the first-hand reports below it. Empty when
     * there are none (a school, or a unit that reports alone).
     */
    rollupFromCells: (
      round: { id: number; form_id: number; form_version: number; target_year: number },
      unit: { id: number; path: string },
    ) =>
      db
        .selectFrom('report_form_fields as f')
        .innerJoin('rollup_cells as s', (join) =>
          join.onRef('s.field_id', '=', 'f.id').on('s.round_id', '=', round.id).on('s.unit_id', '=', unit.id),
        )
        .leftJoin(pendingCellsOf(db, unit.path), (join) =>
          join.onRef('d.field_id', '=', 'f.id').on('d.round_id', '=', round.id),
        )
        .leftJoin('reporting_targets as t', (join) =>
          join.onRef('t.indicator_id', '=', 'f.indicator_id').on('t.year', '=', round.target_year),
        )
        .where('f.form_id', '=', round.form_id)
        .where('f.form_version', '=', round.form_version)
        .where('s.expected', '>', 0)
        .orderBy('f.position')
        .select([...FIELD_AND_TARGET, ...cellAggregates])
        .execute(),
  };
}
