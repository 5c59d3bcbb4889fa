import { type Insertable, type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { OrgUnitKind, SchoolLevel } from '../../../contract/org.js';
import { isReported, type ReportStatus } from '../../../contract/reporting/fields.js';
import { dialectOf } from '../../core/db/dialect-of.js';
import { inChunks } from '../../core/db/in-chunks.js';
import type {
  Database,
  ReportFormFieldTable,
  ReportingRoundTable,
  ReportTable,
} from '../../core/db/schema.js';
import { REPORTED_AS_NUMBER } from './reported-sql.js';
import { createRollupRepository } from './rollup-repository.js';
import { inAnySubtree, inSubtree } from './subtree.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A field of a form version, as reports are built and checked with it. */
export type FieldRow = Pick<
  Selectable<ReportFormFieldTable>,
  'id' | 'public_id' | 'type' | 'label' | 'help' | 'indicator_id' | 'position'
>;

export interface ValueRow {
  report_id: number;
  field_id: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  text_value: string | null;
}

/**
 * The unit that reviews a submitted report next (`review-chain.ts`), over `reports r`, its unit `u` and
 * the unit it is approved through `approved`: the parent of the last level that approved, or of the
 * report's unit when none has, since a reporting unit's parent is a reviewing one (a school's commune
 * or Sở, a commune's Sở).
 */
const NEXT_REVIEWER_ID = sql<number>`coalesce(approved.parent_id, u.parent_id)`;

/**
 * All SQL of reporting, the roll-ups' (`rollup-repository.ts`) included. Plans' indicators and
 * targets and the org tree are read, never written (docs/adr/0002-scoping-joins.md).
 */
export function createReportingRepository(db: Kysely<Database>) {
  const rollups = createRollupRepository(db);
  const fieldsByVersion = new Map<string, readonly FieldRow[]>();

  const reportRows = () =>
    db
      .selectFrom('reports as r')
      .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
      .innerJoin('org_units as u', 'u.id', 'r.unit_id')
      .leftJoin('org_units as approved', 'approved.id', 'r.approved_through_unit_id')
      .select([
        'r.id',
        'r.public_id',
        'r.status',
        'r.version',
        'r.due_on',
        'r.submitted_at',
        'r.late',
        'r.return_reason',
        'r.narrative_json',
        'r.approved_through_unit_id',
        'r.unit_id',
        'rr.id as round_id',
        'rr.public_id as round_public_id',
        'rr.title as round_title',
        'rr.status as round_status',
        'rr.target_year',
        'rr.form_id',
        'rr.form_version',
        'rr.owner_unit_id',
        'u.public_id as unit_public_id',
        'u.name as unit_name',
        'u.kind as unit_kind',
        'u.path as unit_path',
        'approved.public_id as approved_public_id',
        'approved.name as approved_name',
        'approved.kind as approved_kind',
      ]);

  const roundRows = () =>
    db
      .selectFrom('reporting_rounds as rr')
      .innerJoin('org_units as owner', 'owner.id', 'rr.owner_unit_id')
      .innerJoin('report_forms as f', 'f.id', 'rr.form_id')
      .leftJoin('reporting_rounds as previous', 'previous.id', 'rr.previous_round_id')
      .leftJoin('reporting_rounds as next', 'next.previous_round_id', 'rr.id')
      .select([
        'rr.id',
        'rr.public_id',
        'rr.title',
        'rr.status',
        'rr.period_kind',
        'rr.period_start',
        'rr.period_end',
        'rr.target_year',
        'rr.form_id',
        'rr.form_version',
        'rr.recurs',
        'rr.created_by',
        'rr.units_under_id',
        'rr.unit_kinds_json',
        'rr.school_levels_json',
        'previous.public_id as previous_round_public_id',
        'next.public_id as next_round_public_id',
        'owner.id as owner_id',
        'owner.public_id as owner_public_id',
        'owner.name as owner_name',
        'owner.kind as owner_kind',
        'owner.path as owner_path',
        'owner.province_code as owner_province_code',
        'f.public_id as form_public_id',
        'f.title as form_title',
        'f.plan_id as form_plan_id',
      ]);

  return {
    ...rollups,
    /** The plan, its issuer's path and its indicators in order, for deriving a form. */
    planForForm: async (planPublicId: string) => {
      const plan = await db
        .selectFrom('plans as p')
        .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
        .select([
          'p.id',
          'p.title',
          'p.type_name',
          'p.status',
          'issuer.id as issuer_id',
          'issuer.path as issuer_path',
          'issuer.kind as issuer_kind',
        ])
        .where('p.public_id', '=', planPublicId)
        .executeTakeFirst();
      if (!plan) return undefined;
      const indicators = await db
        .selectFrom('plan_indicators')
        .select(['id', 'name', 'measure'])
        .where('plan_id', '=', plan.id)
        .orderBy('position')
        .execute();
      return { ...plan, indicators };
    },

    insertForm: (
      trx: Executor,
      form: {
        public_id: string;
        plan_id: number | null;
        owner_unit_id: number;
        title: string;
        created_by: number;
        created_at: string;
      },
    ) =>
      trx
        .insertInto('report_forms')
        .values({ ...form, current_version: 1 })
        .returning('id')
        .executeTakeFirstOrThrow(),

    insertFields: (trx: Executor, fields: Omit<ReportFormFieldTable, 'id' | 'required'>[]) =>
      fields.length === 0 ? Promise.resolve() : trx.insertInto('report_form_fields').values(fields).execute(),

    findForm: (publicId: string) =>
      db
        .selectFrom('report_forms as f')
        .innerJoin('org_units as owner', 'owner.id', 'f.owner_unit_id')
        .leftJoin('plans as p', 'p.id', 'f.plan_id')
        .select([
          'f.id',
          'f.public_id',
          'f.title',
          'f.current_version',
          'f.owner_unit_id',
          'owner.path as owner_path',
          'p.public_id as plan_public_id',
        ])
        .where('f.public_id', '=', publicId)
        .executeTakeFirst(),

    /**
     * The fields of a form version, in order. A version's fields are written once, in the transaction
     * that creates it (a change is a new version), so each version is read once per process: every
     * view, save and submission of a report needs them.
     */
    fieldsOf: async (formId: number, version: number): Promise<readonly FieldRow[]> => {
      const key = `${formId}/${version}`;
      const known = fieldsByVersion.get(key);
      if (known) return known;
      const fields = await db
        .selectFrom('report_form_fields')
        .select(['id', 'public_id', 'type', 'label', 'help', 'indicator_id', 'position'])
        .where('form_id', '=', formId)
        .where('form_version', '=', version)
        .orderBy('position')
        .execute();
      if (fields.length > 0) fieldsByVersion.set(key, fields);
      return fields;
    },

    insertRound: (trx: Executor, round: Omit<ReportingRoundTable, 'id' | 'closed_at'>) =>
      trx.insertInto('reporting_rounds').values(round).returning('id').executeTakeFirstOrThrow(),

    insertDeadlines: (
      trx: Executor,
      roundId: number,
      deadlines: { unitKind: OrgUnitKind; dueOn: string }[],
    ) =>
      trx
        .insertInto('round_deadlines')
        .values(
          deadlines.map((deadline) => ({
            round_id: roundId,
            unit_kind: deadline.unitKind,
            due_on: deadline.dueOn,
          })),
        )
        .execute(),

    /** The open units of the given kinds (and school levels) in a subtree, on a date. */
    selectReportingUnits: (
      trx: Executor,
      selection: { underPath: string; kinds: OrgUnitKind[]; schoolLevels?: SchoolLevel[]; on: string },
    ) =>
      trx
        .selectFrom('org_units')
        .select(['id', 'kind'])
        .where(inSubtree('path', selection.underPath))
        .where('kind', 'in', selection.kinds)
        .$if(selection.schoolLevels !== undefined && selection.schoolLevels.length > 0, (query) =>
          query.where('school_level', 'in', selection.schoolLevels ?? []),
        )
        .where('valid_from', '<=', selection.on)
        .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', selection.on)]))
        .execute(),

    /**
     * Bulk insert in chunks (`inChunks`); the rounds' roll-up
     * cells are computed again, since a new report may make another one a consolidating one.
     */
    insertReports: async (trx: Executor, rows: Insertable<ReportTable>[]) => {
      for (const chunk of inChunks(rows)) await trx.insertInto('reports').values(chunk).execute();
      for (const roundId of new Set(rows.map((row) => row.round_id))) {
        await rollups.refillRollupCells(trx, roundId);
      }
    },

    listRounds: (visibleWithin: string[] | null) =>
      roundRows()
        // A round is visible to whoever sees its owner, or any unit that reports in it.
        .where((eb) =>
          eb.or([
            inAnySubtree('owner.path', visibleWithin),
            eb.exists(
              eb
                .selectFrom('reports as r')
                .innerJoin('org_units as ru', 'ru.id', 'r.unit_id')
                .select('r.id')
                .whereRef('r.round_id', '=', 'rr.id')
                .where(inAnySubtree('ru.path', visibleWithin)),
            ),
          ]),
        )
        .orderBy('rr.period_start', 'desc')
        .orderBy('rr.id', 'desc')
        .execute(),

    deadlinesOf: (roundIds: number[]) =>
      roundIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('round_deadlines')
            .select(['round_id', 'unit_kind', 'due_on'])
            .where('round_id', 'in', roundIds)
            .orderBy('due_on')
            .execute(),

    roundCounts: (roundId: number) =>
      db
        .selectFrom('reports as r')
        .select((eb) => [
          eb.fn.countAll<number>().as('expected'),
          eb.fn.sum<number>(REPORTED_AS_NUMBER).as('submitted'),
          eb.fn.sum<number>(sql`case when r.status = 'approved' then 1 else 0 end`).as('approved'),
        ])
        .where('r.round_id', '=', roundId)
        .executeTakeFirstOrThrow(),

    listReports: (
      filter: {
        visibleWithin: string[] | null;
        roundId?: number;
        status?: ReportStatus;
        /**
         * Only the submitted reports this unit reviews next (`NEXT_REVIEWER_ID`). The owner's own
         * report, which nobody reviews, is left out; the caller makes sure the unit is one that reviews.
         */
        nextReviewerId?: number;
      },
      limit: number,
      offset: number,
    ) => {
      const filtered = reportRows()
        .where(inAnySubtree('u.path', filter.visibleWithin))
        .$if(filter.roundId !== undefined, (query) =>
          query.where('r.round_id', '=', filter.roundId as number),
        )
        .$if(filter.status !== undefined, (query) =>
          query.where('r.status', '=', filter.status as ReportStatus),
        )
        .$if(filter.nextReviewerId !== undefined, (query) =>
          query
            .where('r.status', '=', 'submitted')
            .whereRef('r.unit_id', '<>', 'rr.owner_unit_id')
            .where(NEXT_REVIEWER_ID, '=', filter.nextReviewerId as number),
        );
      return Promise.all([
        filtered.orderBy('u.search_text').orderBy('r.id').limit(limit).offset(offset).execute(),
        filtered
          .clearSelect()
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow()
          .then((row) => Number(row.count)),
      ]);
    },

    findReport: (publicId: string) => reportRows().where('r.public_id', '=', publicId).executeTakeFirst(),

    /**
     * Every field of a report's form with the report's value (all null where it has none) and the
     * plan's target for the round's year: one statement, where a read of each was a round trip more.
     */
    contentOf: (report: { id: number; form_id: number; form_version: number; target_year: number }) =>
      db
        .selectFrom('report_form_fields as f')
        .leftJoin('report_values as v', (join) =>
          join.onRef('v.field_id', '=', 'f.id').on('v.report_id', '=', report.id),
        )
        .leftJoin('reporting_targets as t', (join) =>
          join.onRef('t.indicator_id', '=', 'f.indicator_id').on('t.year', '=', report.target_year),
        )
        .select([
          'f.id as field_id',
          'v.value',
          'v.numerator',
          'v.denominator',
          'v.text_value',
          't.value as target',
          't.ceiling as target_ceiling',
        ])
        .where('f.form_id', '=', report.form_id)
        .where('f.form_version', '=', report.form_version)
        .execute(),

    unitsByIds: (ids: number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('org_units')
            .select(['id', 'public_id', 'name', 'kind', 'path'])
            .where('id', 'in', ids)
            .execute(),

    findUnit: (publicId: string) =>
      db
        .selectFrom('org_units')
        .select(['id', 'public_id', 'name', 'kind', 'path', 'province_code'])
        .where('public_id', '=', publicId)
        .executeTakeFirst(),

    findRound: (publicId: string) => roundRows().where('rr.public_id', '=', publicId).executeTakeFirst(),

    /**
     * Bumps the version only if it is still `report.version`, at which the report had `report.status`;
     * answers whether it was. A change of status reaches the roll-up cells.
     */
    updateReport: async (
      trx: Executor,
      report: { id: number; version: number; status: ReportStatus },
      changes: Partial<{
        status: ReportStatus;
        narrative_json: string;
        submitted_at: string | null;
        late: number;
        approved_through_unit_id: number | null;
        return_reason: string | null;
        updated_at: string;
        updated_by: number;
      }>,
    ) => {
      const moves = changes.status !== undefined;
      const takenAway = moves && isReported(report.status);
      if (takenAway) await rollups.shiftReportedCells(trx, [report.id], -1);
      const result = await trx
        .updateTable('reports')
        .set({ ...changes, version: report.version + 1 })
        .where('id', '=', report.id)
        .where('version', '=', report.version)
        .executeTakeFirst();
      const applied = Number(result.numUpdatedRows) === 1;
      // Not applied, the report stays as it was: what was taken away goes back.
      const addedBack = applied ? changes.status !== undefined && isReported(changes.status) : takenAway;
      if (addedBack) await rollups.shiftReportedCells(trx, [report.id], 1);
      return applied;
    },

    /**
     * Saves values; those of reported reports (entered history) reach the roll-up cells. Drafts skip
     * the cells, whose statements would find nothing to change.
     */
    upsertValues: async (trx: Executor, rows: ValueRow[], reported: boolean) => {
      if (rows.length === 0) return;
      const reportIds = [...new Set(rows.map((row) => row.report_id))];
      if (reported) await rollups.shiftReportedCells(trx, reportIds, -1);
      // In key order, so two writes over the same values lock them in the same order.
      const inKeyOrder = rows.toSorted((a, b) => a.report_id - b.report_id || a.field_id - b.field_id);
      await trx
        .insertInto('report_values')
        .values(inKeyOrder)
        .onConflict((conflict) =>
          conflict.columns(['report_id', 'field_id']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            numerator: eb.ref('excluded.numerator'),
            denominator: eb.ref('excluded.denominator'),
            text_value: eb.ref('excluded.text_value'),
          })),
        )
        .execute();
      if (reported) await rollups.shiftReportedCells(trx, reportIds, 1);
    },

    insertEvent: (
      trx: Executor,
      event: {
        report_id: number;
        action: 'submitted' | 'returned' | 'approved' | 'unapproved';
        actor_account_id: number;
        actor_unit_id: number | null;
        reason: string | null;
        at: string;
      },
    ) => trx.insertInto('report_events').values(event).execute(),

    /** Every report of a round with its unit's parent, in unit order (demo data and consolidation). */
    reportsOfRound: (roundId: number) =>
      db
        .selectFrom('reports as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select(['r.id', 'r.public_id', 'r.version', 'r.status', 'r.unit_id', 'u.parent_id', 'u.path'])
        .where('r.round_id', '=', roundId)
        .orderBy('u.search_text')
        .execute(),

    /** Closes the round if it is still open; answers whether it was. */
    closeRound: async (trx: Executor, roundId: number, at: string) => {
      const result = await trx
        .updateTable('reporting_rounds')
        .set({ status: 'closed', closed_at: at })
        .where('id', '=', roundId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Recurring rounds whose next period has not been opened yet. */
    roundsAwaitingNextPeriod: () =>
      roundRows()
        .where('rr.recurs', '=', 1)
        .where('rr.period_kind', '!=', 'custom')
        .where('next.id', 'is', null)
        .execute(),

    /** Moves the form to version `version + 1` if `version` is still its latest; answers whether it was. */
    advanceFormVersion: async (trx: Executor, formId: number, version: number) => {
      const result = await trx
        .updateTable('report_forms')
        .set({ current_version: version + 1 })
        .where('id', '=', formId)
        .where('current_version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * The ids of a round's reports in a subtree, in id order: read once so each page of a streamed export is
     * fetched by primary key instead of re-scanning and re-sorting the round for every page.
     */
    exportReportIds: (roundId: number, underPath: string | null) =>
      db
        .selectFrom('reports as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select('r.id')
        .where('r.round_id', '=', roundId)
        .$if(underPath !== null, (query) => query.where(inSubtree('u.path', underPath as string)))
        .orderBy('r.id')
        .execute()
        .then((rows) => rows.map((row) => row.id)),

    /** The given reports with their units, in id order, for a page of a streamed export. */
    exportReports: (reportIds: number[]) =>
      db
        .selectFrom('reports as r')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select([
          'r.id',
          'r.status',
          'r.approved_through_unit_id',
          'r.due_on',
          'r.submitted_at',
          'r.late',
          'u.code',
          'u.name',
          'u.kind',
        ])
        .where('r.id', 'in', reportIds)
        .orderBy('r.id')
        .execute(),

    /**
     * The values the given reports hold, ordered by report: one row per report with its values as one
     * flat JSON array `[field id, value, text, field id, value, text, …]`, which halves the cost of reading
     * a national round's 2 million values compared with a row per value, and leaves the export one array
     * to walk per report instead of one per value. The array is joined as text: PostgreSQL's
     * `json_build_array` looks up how to print each argument on every call. A value prints as in JSON,
     * being finite (see `toStoredValue`), and `json_quote` prints it as SQLite's JSON functions do.
     */
    exportValues: (reportIds: number[]) => {
      const values =
        dialectOf(db) === 'postgres'
          ? sql<string>`'[' || string_agg(field_id || ',' || coalesce(value::text, 'null') || ',' || coalesce(to_json(text_value)::text, 'null'), ',') || ']'`
          : sql<string>`'[' || group_concat(field_id || ',' || json_quote(value) || ',' || json_quote(text_value), ',') || ']'`;
      return db
        .selectFrom('report_values')
        .select(['report_id', values.as('values')])
        .where('report_id', 'in', reportIds)
        .groupBy('report_id')
        .orderBy('report_id')
        .execute();
    },

    valuesOfReports: (reportIds: number[]) =>
      reportIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('report_values')
            .select(['report_id', 'field_id', 'value', 'numerator', 'denominator', 'text_value'])
            .where('report_id', 'in', reportIds)
            .execute(),

    /** Reports still to be submitted in open rounds, due on or before `dueBy`, optionally of one round and subtree. */
    pendingReports: (filter: { dueBy?: string; roundId?: number; underPath?: string }) =>
      db
        .selectFrom('reports as r')
        .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .select([
          'r.public_id',
          'r.unit_id',
          'r.due_on',
          'u.name as unit_name',
          'u.parent_id as parent_unit_id',
          'rr.public_id as round_public_id',
          'rr.title as round_title',
        ])
        .where('rr.status', '=', 'open')
        .where('r.status', 'in', ['draft', 'returned'])
        .$if(filter.dueBy !== undefined, (query) => query.where('r.due_on', '<=', filter.dueBy as string))
        .$if(filter.roundId !== undefined, (query) =>
          query.where('r.round_id', '=', filter.roundId as number),
        )
        .$if(filter.underPath !== undefined, (query) =>
          query.where(inSubtree('u.path', filter.underPath as string)),
        )
        .orderBy('r.due_on')
        .execute(),

    /** How many submitted reports of open rounds wait for each reviewing unit, per round (`NEXT_REVIEWER_ID`). */
    reportsAwaitingReview: () =>
      db
        .selectFrom('reports as r')
        .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
        .innerJoin('org_units as u', 'u.id', 'r.unit_id')
        .leftJoin('org_units as approved', 'approved.id', 'r.approved_through_unit_id')
        .select((eb) => [
          NEXT_REVIEWER_ID.as('reviewer_unit_id'),
          'rr.id as round_id',
          'rr.title as round_title',
          eb.fn.countAll<number>().as('waiting'),
        ])
        .where('rr.status', '=', 'open')
        .where('r.status', '=', 'submitted')
        .whereRef('r.unit_id', '<>', 'rr.owner_unit_id')
        .groupBy([NEXT_REVIEWER_ID, 'rr.id', 'rr.title'])
        .orderBy('rr.id')
        .execute(),
  };
}

export type ReportingRepository = ReturnType<typeof createReportingRepository>;
export type ReportRow = NonNullable<Awaited<ReturnType<ReportingRepository['findReport']>>>;
export type RoundRow = NonNullable<Awaited<ReturnType<ReportingRepository['findRound']>>>;
