import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../core/db/schema.js';
import { hasReportsBelow } from './first-hand-sql.js';
import { IS_REPORTED } from './reported-sql.js';
import { pathIds } from './review-chain.js';
import { createRollupCells } from './rollup-cells.js';
import { inSubtree } from './subtree.js';
import { FIELD_AND_TARGET, MEETS_TARGET } from './target-sql.js';

type RollupRound = { id: number; form_id: number; form_version: number; target_year: number };

/**
 * Which reports a roll-up covers.
 * - `subtree`: the first-hand reports of units in the subtree — a report with reports of the round
 *   below it consolidates them and is left out, so no figure counts twice; reported means submitted
 *   or approved. With `withPredecessors`, also the reports of closed units whose successor lies in the
 *   subtree, so a ward's history includes what the district office it replaced reported.
 * - `subordinates`: the reports a unit consolidates, those nearest below it (a Sở gathers its communes'
 *   reports, and a school's only where no report of its commune stands between); reported means
 *   approved by that unit or a level above it.
 */
export type RollupScope =
  | { kind: 'subtree'; underPath: string; withPredecessors: boolean }
  | SubordinatesScope;

export interface SubordinatesScope {
  kind: 'subordinates';
  of: { id: number; path: string };
}

function reportsIn(scope: RollupScope, roundId: number): RawBuilder<SqlBool> {
  if (scope.kind === 'subtree') {
    const inScope = scope.withPredecessors
      ? sql<SqlBool>`(${inSubtree('u.path', scope.underPath)} or exists (
      select 1 from org_unit_successors s
      inner join org_units su on su.id = s.successor_id
      where s.predecessor_id = u.id and ${inSubtree('su.path', scope.underPath)}))`
      : inSubtree('u.path', scope.underPath);
    return sql<SqlBool>`(${inScope} and u.id not in (${consolidatingUnits(roundId)}))`;
  }
  const { id, path } = scope.of;
  // Left out: the units below another report of the round under this unit (one uncorrelated set,
  // each reporting unit's subtree read as a range of the path index).
  return sql<SqlBool>`(${inSubtree('u.path', path)} and u.id <> ${id} and u.id not in (
    select d.id from reports mr
    inner join org_units m on m.id = mr.unit_id
    inner join org_units d on d.path > m.path and d.path < (m.path || '~')
    where mr.round_id = ${roundId} and m.id <> ${id} and ${inSubtree('m.path', path)}))`;
}

/** Units whose report in the round consolidates other reports of the round below it. */
const consolidatingUnits = (roundId: number): RawBuilder<number> =>
  sql<number>`select m.id from reports mr
    inner join org_units m on m.id = mr.unit_id
    where mr.round_id = ${roundId} and m.kind <> 'school' and ${hasReportsBelow('m', roundId)}`;

/** Approved by the consolidating unit or a level above it (the chain approves bottom-up). */
const approvedFor = (scope: SubordinatesScope): RawBuilder<SqlBool> =>
  sql<SqlBool>`r.approved_through_unit_id in (${sql.join(pathIds(scope.of.path))})`;

/** The SQL of roll-ups: a round's figures summed over a part of the tree, and the cells that keep them. */
export function createRollupRepository(db: Kysely<Database>) {
  const cells = createRollupCells(db);

  /**
   * The roll-up read from the reports and their values. The counts come from the reports alone and the
   * sums from the reported reports' values reached through the primary key (report_id, field_id):
   * joining every report to every field first made PostgreSQL hash the whole value table
   * (docs/performance.md).
   */
  const rollupFromReports = (round: RollupRound, scope: RollupScope) => {
    const reported = scope.kind === 'subtree' ? IS_REPORTED : approvedFor(scope);
    const roundReports = () =>
      db
        .selectFrom('reports as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .where('r.round_id', '=', round.id)
        .where(reportsIn(scope, round.id));
    return db
      .with('counts', () =>
        roundReports().select((eb) => [
          eb.fn.countAll<number>().as('expected'),
          eb.fn.sum<number>(sql`case when ${reported} then 1 else 0 end`).as('reported'),
          eb.fn.sum<number>(sql`case when ${reported} and r.late = 0 then 1 else 0 end`).as('on_time'),
        ]),
      )
      .with('sums', () =>
        roundReports()
          .innerJoin('report_values as v', 'v.report_id', 'r.id')
          .innerJoin('report_form_fields as f', 'f.id', 'v.field_id')
          .leftJoin('reporting_targets as t', (join) =>
            join.onRef('t.indicator_id', '=', 'f.indicator_id').on('t.year', '=', round.target_year),
          )
          .where(reported)
          .groupBy('v.field_id')
          .select((eb) => [
            'v.field_id',
            eb.fn.sum<number | null>('v.value').as('value_sum'),
            eb.fn.sum<number | null>('v.numerator').as('numerator_sum'),
            eb.fn.sum<number | null>('v.denominator').as('denominator_sum'),
            eb.fn.sum<number>(sql`case when v.value is not null then 1 else 0 end`).as('answered'),
            eb.fn.sum<number>(sql`case when ${MEETS_TARGET} then 1 else 0 end`).as('meeting_target'),
          ]),
      )
      .selectFrom('report_form_fields as f')
      .innerJoin('counts as c', (join) => join.on('c.expected', '>', 0))
      .leftJoin('sums as s', 's.field_id', 'f.id')
      .leftJoin('reporting_targets as t', (join) =>
        join.onRef('t.indicator_id', '=', 'f.indicator_id').on('t.year', '=', round.target_year),
      )
      .where('f.form_id', '=', round.form_id)
      .where('f.form_version', '=', round.form_version)
      .orderBy('f.position')
      .select([
        ...FIELD_AND_TARGET,
        'c.expected',
        'c.reported',
        'c.on_time',
        's.value_sum',
        's.numerator_sum',
        's.denominator_sum',
        's.answered',
        's.meeting_target',
      ])
      .execute();
  };

  return {
    refillRollupCells: cells.refillRollupCells,
    shiftReportedCells: cells.shiftReportedCells,

    /**
     * One row per field of the round's form with its roll-up over a scope (see `RollupScope`): counts
     * of expected, reported and on-time units, the sums a value is made of, and the units meeting the
     * target. No rows when nobody in the scope reports in the round. A subtree's first-hand reports
     * are read from the cells maintained for its root; what they do not hold (the root's
     * own report when it reports alone, predecessors, a consolidation's subordinates) from the reports.
     */
    rollup: async (round: RollupRound, scope: RollupScope) => {
      if (scope.kind === 'subtree' && !scope.withPredecessors) {
        const unit = { id: pathIds(scope.underPath).at(-1) as number, path: scope.underPath };
        const fromCells = await cells.rollupFromCells(round, unit);
        if (fromCells.length > 0) return fromCells;
      }
      return rollupFromReports(round, scope);
    },

    /** The approved subordinate reports a consolidation gathers, with their units' names, in unit order. */
    approvedSubordinates: (roundId: number, scope: SubordinatesScope) =>
      db
        .selectFrom('reports as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select(['r.id', 'r.narrative_json', 'u.name as unit_name'])
        .where('r.round_id', '=', roundId)
        .where(reportsIn(scope, roundId))
        .where(approvedFor(scope))
        .orderBy('u.search_text')
        .orderBy('r.id')
        .execute(),
  };
}
