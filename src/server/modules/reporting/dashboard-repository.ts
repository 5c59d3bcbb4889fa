import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import { dialectOf } from '../../core/db/dialect-of.js';
import type { Database } from '../../core/db/schema.js';
import { indicatorAggregates } from './indicator-aggregates.js';
import { IS_REPORTED, REPORTED_AS_NUMBER } from './reported-sql.js';
import { cellAggregates, pendingCellsOf } from './rollup-cells.js';
import { belowRoot, childOnPath, inSubtree } from './subtree.js';

/** Which reporting units a widget counts: all of a subtree, or only some kinds / school levels. */
export interface UnitFilter {
  kind?: OrgUnitKind;
  schoolLevel?: SchoolLevel;
}

const NOT_SUBMITTED = sql`r.status in ('draft', 'returned')`;

/** Narrows a query over reporting units `u` to the filter's kind and school level. */
function filtered<DB extends Database & { u: Database['org_units'] }, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  filter: UnitFilter,
): SelectQueryBuilder<DB, TB, O> {
  return query
    .$if(filter.kind !== undefined, (q) => q.where(sql<boolean>`u.kind = ${filter.kind}`))
    .$if(filter.schoolLevel !== undefined, (q) =>
      q.where(sql<boolean>`u.school_level = ${filter.schoolLevel}`),
    );
}

/**
 * The SQL of the dashboards: one set-based query per widget over the org path index, reading the
 * reporting tables and, read-only, the tree (docs/adr/0002-scoping-joins.md).
 */
const trendColumns = [
  'rr.public_id as round_public_id',
  'rr.title as round_title',
  'rr.status as round_status',
  'rr.target_year',
  'f.indicator_id',
  'f.type',
  't.value as target',
  't.ceiling as target_ceiling',
] as const;

export function createDashboardRepository(db: Kysely<Database>) {
  /** The fields of the given plan indicators in every round of the same plan or form, with the year's target. */
  const lineageFields = (round: { form_id: number; plan_id: number | null }, indicatorIds: number[]) =>
    db
      .selectFrom('reporting_rounds as rr')
      .innerJoin('report_forms as fm', 'fm.id', 'rr.form_id')
      .innerJoin('report_form_fields as f', (join) =>
        join.onRef('f.form_id', '=', 'rr.form_id').onRef('f.form_version', '=', 'rr.form_version'),
      )
      .leftJoin('reporting_targets as t', (join) =>
        join.onRef('t.indicator_id', '=', 'f.indicator_id').onRef('t.year', '=', 'rr.target_year'),
      )
      .where((eb) =>
        round.plan_id === null
          ? eb('rr.form_id', '=', round.form_id)
          : eb.or([eb('fm.plan_id', '=', round.plan_id), eb('rr.form_id', '=', round.form_id)]),
      )
      .where('f.indicator_id', 'in', indicatorIds);

  return {
    /**
     * Per direct child of a unit, the round's reports in the child's subtree by state. `today` (Vietnam)
     * decides which unsubmitted reports are already missing.
     */
    completenessByChild: (roundId: number, parent: { path: string }, filter: UnitFilter, today: string) =>
      filtered(
        db
          .selectFrom('reports as r')
          .innerJoin('org_units as u', 'u.id', 'r.unit_id')
          .innerJoin('org_units as c', (join) =>
            join.on('c.id', '=', childOnPath(dialectOf(db), 'u.path', parent.path)),
          )
          .where('r.round_id', '=', roundId)
          .where(belowRoot('u.path', parent.path)),
        filter,
      )
        .groupBy(['c.id', 'c.public_id', 'c.name', 'c.kind', 'c.province_code', 'c.search_text'])
        .orderBy('c.search_text')
        .select((eb) => [
          'c.public_id',
          'c.name',
          'c.kind',
          'c.province_code',
          eb.fn.countAll<number>().as('expected'),
          eb.fn.sum<number>(REPORTED_AS_NUMBER).as('submitted'),
          eb.fn.sum<number>(sql`case when ${IS_REPORTED} and r.late = 0 then 1 else 0 end`).as('on_time'),
          eb.fn.sum<number>(sql`case when ${IS_REPORTED} and r.late = 1 then 1 else 0 end`).as('late'),
          eb.fn
            .sum<number>(sql`case when ${NOT_SUBMITTED} and r.due_on < ${today} then 1 else 0 end`)
            .as('missing'),
          eb.fn.sum<number>(sql`case when r.status = 'approved' then 1 else 0 end`).as('approved'),
        ])
        .execute(),

    /**
     * The round's reports in a subtree still owed (not submitted) or submitted late, the missing ones
     * first, with the total for paging.
     */
    outstanding: async (
      roundId: number,
      underPath: string,
      filter: UnitFilter,
      today: string,
      page: { limit: number; offset: number },
    ) => {
      const rows = filtered(
        db
          .selectFrom('reports as r')
          .innerJoin('org_units as u', 'u.id', 'r.unit_id')
          .where('r.round_id', '=', roundId)
          .where(inSubtree('u.path', underPath))
          .where(sql<boolean>`(${NOT_SUBMITTED} or r.late = 1)`),
        filter,
      );
      const [items, count] = await Promise.all([
        rows
          .select([
            'r.public_id',
            'r.status',
            'r.due_on',
            'r.submitted_at',
            'r.late',
            'u.id as unit_id',
            'u.public_id as unit_public_id',
            'u.name as unit_name',
            'u.kind as unit_kind',
          ])
          .orderBy(
            sql`case when ${NOT_SUBMITTED} and r.due_on < ${today} then 0 when r.late = 1 then 2 else 1 end`,
          )
          .orderBy('r.due_on')
          .orderBy('u.search_text')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        rows.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(count.count) };
    },

    /**
     * Each plan indicator of the round's form, rolled up over a subtree in every round of the same
     * lineage (rounds on the same plan, or on the same form when it has no plan), against the target
     * of each round's year.
     */
    trend: (
      round: { form_id: number; plan_id: number | null },
      indicatorIds: number[],
      underPath: string,
      filter: UnitFilter,
    ) =>
      indicatorIds.length === 0
        ? Promise.resolve([])
        : filtered(
            lineageFields(round, indicatorIds)
              .innerJoin('reports as r', 'r.round_id', 'rr.id')
              .innerJoin('org_units as u', 'u.id', 'r.unit_id')
              .leftJoin('report_values as v', (join) =>
                join.onRef('v.report_id', '=', 'r.id').onRef('v.field_id', '=', 'f.id'),
              )
              .where(inSubtree('u.path', underPath)),
            filter,
          )
            .groupBy([
              'rr.id',
              'rr.public_id',
              'rr.title',
              'rr.status',
              'rr.target_year',
              'rr.period_start',
              'f.indicator_id',
              'f.type',
              't.value',
              't.ceiling',
            ])
            .orderBy('rr.period_start')
            .orderBy('rr.id')
            .select((eb) => [...trendColumns, ...indicatorAggregates(eb)])
            .execute(),

    /** The same trend for a unit's whole subtree, read from the maintained roll-up cells of each round. */
    trendFromCells: (
      round: { form_id: number; plan_id: number | null },
      indicatorIds: number[],
      unit: { id: number; path: string },
    ) =>
      indicatorIds.length === 0
        ? Promise.resolve([])
        : lineageFields(round, indicatorIds)
            .innerJoin('rollup_cells as s', (join) =>
              join
                .onRef('s.round_id', '=', 'rr.id')
                .onRef('s.field_id', '=', 'f.id')
                .on('s.unit_id', '=', unit.id),
            )
            .leftJoin(pendingCellsOf(db, unit.path), (join) =>
              join.onRef('d.round_id', '=', 'rr.id').onRef('d.field_id', '=', 'f.id'),
            )
            .where('s.expected', '>', 0)
            .orderBy('rr.period_start')
            .orderBy('rr.id')
            .select([...trendColumns, ...cellAggregates])
            .execute(),
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
