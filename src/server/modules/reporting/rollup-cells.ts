import { type Kysely, type RawBuilder, type SqlBool, sql, type Transaction } from 'kysely';
import type { ReportStatus } from '../../../contract/reporting/fields.js';
import type { Database } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

const REPORTED = sql<number>`case when r.status in ('submitted', 'approved') then 1 else 0 end`;

/** Whether a report in this status counts in the roll-up cells (the `REPORTED` rule). */
/** A roll-up cell's counts and sums, read (aliased `s`) wherever a roll-up comes from the cells. */
export const cellAggregates = [
  's.expected',
  's.reported',
  's.on_time',
  's.value_sum',
  's.numerator_sum',
  's.denominator_sum',
  's.answered',
  's.meeting_target',
] as const;

export const isReported = (status: ReportStatus): boolean => status === 'submitted' || status === 'approved';

/**
 * The cells of the first-hand reports `r` chosen by `which`, per round, unit above them and field:
 * each report counts towards every unit above its own (its parent, the Sở, the ministry), `expected`
 * towards the units expected and `reported` towards the reported ones and their sums (1 to add it,
 * -1 to take it away, 0 to leave it out). First-hand: a report with no report of the round below it,
 * the rule of `consolidatingUnits`. Reports are first summed per parent, then the parents' sums are
 * carried up the tree, one primary-key lookup per step (a join there made PostgreSQL scan every unit);
 * the step past the root yields a null unit, left out.
 */
function cellsOf(which: RawBuilder<SqlBool>, expected: RawBuilder<number>, reported: RawBuilder<number>) {
  return sql`with recursive by_parent as (
      select r.round_id, u.parent_id, f.id as field_id,
        sum(${expected}) as expected,
        sum(${reported}) as reported,
        sum(${reported} * (1 - r.late)) as on_time,
        coalesce(sum(${reported} * v.value), 0) as value_sum,
        coalesce(sum(${reported} * v.numerator), 0) as numerator_sum,
        coalesce(sum(${reported} * v.denominator), 0) as denominator_sum,
        sum(case when v.value is not null then ${reported} else 0 end) as answered,
        sum(case when (f.type = 'yes_no' and v.value = 1)
            or (f.type = 'percent' and v.denominator > 0 and 100.0 * v.numerator / v.denominator >= t.value)
          then ${reported} else 0 end) as meeting_target
      from reports r
      inner join org_units u on u.id = r.unit_id
      inner join reporting_rounds rr on rr.id = r.round_id
      inner join report_form_fields f on f.form_id = rr.form_id and f.form_version = rr.form_version
      left join report_values v on v.report_id = r.id and v.field_id = f.id
      left join plan_indicator_targets t on t.indicator_id = f.indicator_id and t.year = rr.target_year
      where ${which} and u.parent_id is not null and (u.kind = 'school' or not exists (
        select 1 from reports dr
        inner join org_units d on d.id = dr.unit_id
        where dr.round_id = r.round_id and d.path > u.path and d.path < (u.path || '~')))
      group by r.round_id, u.parent_id, f.id
    ),
    above (parent_id, unit_id) as (
      select distinct parent_id, parent_id from by_parent
      union all
      select above.parent_id, (select a.parent_id from org_units a where a.id = above.unit_id) from above
      where above.unit_id is not null
    )
    select p.round_id, above.unit_id, p.field_id,
      sum(p.expected) as expected, sum(p.reported) as reported, sum(p.on_time) as on_time,
      sum(p.value_sum) as value_sum, sum(p.numerator_sum) as numerator_sum,
      sum(p.denominator_sum) as denominator_sum, sum(p.answered) as answered,
      sum(p.meeting_target) as meeting_target
    from by_parent p
    inner join above on above.parent_id = p.parent_id and above.unit_id is not null
    group by p.round_id, above.unit_id, p.field_id`;
}

/** Adds the cells to the stored ones (`where true` keeps SQLite from reading ON CONFLICT as a join's ON). */
const addCells = (trx: Executor, cells: RawBuilder<unknown>) =>
  sql`insert into rollup_cells (round_id, unit_id, field_id, expected, reported, on_time,
      value_sum, numerator_sum, denominator_sum, answered, meeting_target)
    select * from (${cells}) as c where true
    on conflict (round_id, unit_id, field_id) do update set
      expected = rollup_cells.expected + excluded.expected,
      reported = rollup_cells.reported + excluded.reported,
      on_time = rollup_cells.on_time + excluded.on_time,
      value_sum = rollup_cells.value_sum + excluded.value_sum,
      numerator_sum = rollup_cells.numerator_sum + excluded.numerator_sum,
      denominator_sum = rollup_cells.denominator_sum + excluded.denominator_sum,
      answered = rollup_cells.answered + excluded.answered,
      meeting_target = rollup_cells.meeting_target + excluded.meeting_target`.execute(trx);

/**
 * The maintained roll-up (table `rollup_cells`, migration 0011), kept in step by the repository's
 * writes of reports and values in their own transaction, so roll-ups read from it stay live.
 */
export function createRollupCells(db: Kysely<Database>) {
  return {
    /** Recomputes a round's cells from its reports: when it opens, or after its outcome was entered. */
    refillRollupCells: async (trx: Executor, roundId: number) => {
      await trx.deleteFrom('rollup_cells').where('round_id', '=', roundId).execute();
      await addCells(trx, cellsOf(sql<SqlBool>`r.round_id = ${roundId}`, sql<number>`1`, REPORTED));
    },

    /**
     * Adds (1) or takes away (-1) those of the reports that are reported, as they stand: a write that
     * may change a report's status or values takes it away before and adds it back after.
     */
    shiftReportedCells: (trx: Executor, reportIds: number[], direction: 1 | -1) =>
      reportIds.length === 0
        ? Promise.resolve()
        : addCells(
            trx,
            cellsOf(
              sql<SqlBool>`r.id in (${sql.join(reportIds)}) and r.status in ('submitted', 'approved')`,
              sql<number>`0`,
              sql<number>`${sql.lit(direction)}`,
            ),
          ),

    /**
     * Per field of the round's form, the cells of a unit: the first-hand reports below it. Empty when
     * there are none (a school, or a unit that reports alone).
     */
    rollupFromCells: (
      round: { id: number; form_id: number; form_version: number; target_year: number },
      unitId: number,
    ) =>
      db
        .selectFrom('report_form_fields as f')
        .innerJoin('rollup_cells as s', (join) =>
          join.onRef('s.field_id', '=', 'f.id').on('s.round_id', '=', round.id).on('s.unit_id', '=', unitId),
        )
        .leftJoin('plan_indicator_targets as t', (join) =>
          join.onRef('t.indicator_id', '=', 'f.indicator_id').on('t.year', '=', round.target_year),
        )
        .where('f.form_id', '=', round.form_id)
        .where('f.form_version', '=', round.form_version)
        .where('s.expected', '>', 0)
        .orderBy('f.position')
        .select(['f.public_id', 'f.label', 'f.type', 't.value as target', ...cellAggregates])
        .execute(),
  };
}
