import {
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { OrgUnitKind } from '../../../contract/org.js';
import type { PlanStatus } from '../../../contract/plans/plan.js';
import type {
  Database,
  PlanIndicatorTable,
  PlanLegalBasisTable,
  PlanObjectiveTable,
  PlanRecipientTable,
  PlanTable,
  PlanTaskTable,
} from '../../core/db/schema.js';
import { keepingCascadeCount } from './cascade-counts.js';

type Executor = Kysely<Database> | Transaction<Database>;
type PlanRows = ExpressionBuilder<Database & { p: PlanTable; issuer: Database['org_units'] }, 'p' | 'issuer'>;

/**
 * Who sees which plans, as SQL: `within` are the path prefixes of the caller's subtree (null: all),
 * `ancestorIds` the units above the caller's unit.
 */
export interface PlanScope {
  within: string[] | null;
  ancestorIds: number[];
}

export interface PlanFilter {
  scope: PlanScope;
  /** Folded words the number or title must all contain. */
  words: string[];
  issuerPath?: string;
  /** Only plans of issuers that can have units below them (`hasUnitsBelow`: not schools). */
  withUnitsBelow?: boolean;
  year?: number;
  status?: PlanStatus;
}

/** Paths hold only '/' and digits, so every path below `prefix` sorts before `prefix~`. */
const inSubtree = (column: string, prefixes: string[]) =>
  prefixes.length === 0
    ? sql<SqlBool>`1 = 0`
    : sql<SqlBool>`(${sql.join(
        prefixes.map(
          (prefix) => sql`(${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${`${prefix}~`})`,
        ),
        sql` or `,
      )})`;

const NOT_YET_ISSUED: PlanStatus[] = ['draft', 'in_review'];

/** Plans naming a unit within the prefixes as a recipient or requiring one to implement them. */
function addressedWithin(eb: PlanRows, within: string[]) {
  return eb
    .selectFrom('plan_recipients as r')
    .innerJoin('org_units as ru', 'ru.id', 'r.unit_id')
    .select('r.plan_id')
    .where(inSubtree('ru.path', within))
    .unionAll(
      eb
        .selectFrom('plan_requirements as q')
        .innerJoin('org_units as qu', 'qu.id', 'q.unit_id')
        .select('q.plan_id')
        .where(inSubtree('qu.path', within)),
    );
}

/**
 * A plan is visible to whoever works in its issuer's subtree; once issued, also to the units below
 * its issuer and to units (or their overseers) it names as recipients or requires to implement it.
 * This form suits a few given plans; lists use `visibleAmongAll`.
 */
function visibleTo(eb: PlanRows, scope: PlanScope): Expression<SqlBool> {
  if (scope.within === null) return sql<SqlBool>`1 = 1`;
  // `id in (…)` rather than a correlated EXISTS: PostgreSQL computes the set of plans once instead of
  // probing the subtree for every plan.
  return eb.or([
    inSubtree('issuer.path', scope.within),
    eb.and([
      eb('p.status', 'not in', NOT_YET_ISSUED),
      eb.or([
        ...(scope.ancestorIds.length > 0 ? [eb('p.issuer_unit_id', 'in', scope.ancestorIds)] : []),
        eb('p.id', 'in', addressedWithin(eb, scope.within)),
      ]),
    ]),
  ]);
}

/**
 * The same rule as `visibleTo`, as one set of plan ids built from indexes (plans by issuer, recipients
 * and requirements by unit) and then probed by id. For lists: the OR of `visibleTo` across the plan ⨝
 * issuer join makes PostgreSQL join and filter every plan (43,000 implementing plans at national scale)
 * and sort the survivors, docs/performance.md.
 */
function visibleAmongAll(eb: PlanRows, scope: PlanScope): Expression<SqlBool> {
  if (scope.within === null) return sql<SqlBool>`1 = 1`;
  const issuedWithin = eb
    .selectFrom('plans as w')
    .innerJoin('org_units as wu', 'wu.id', 'w.issuer_unit_id')
    .select('w.id')
    .where(inSubtree('wu.path', scope.within));
  const issuedAbove = eb
    .selectFrom('plans as a')
    .select('a.id')
    .where('a.issuer_unit_id', 'in', scope.ancestorIds)
    .where('a.status', 'not in', NOT_YET_ISSUED);
  const issuedAndAddressed = eb
    .selectFrom('plans as s')
    .select('s.id')
    .where('s.id', 'in', addressedWithin(eb, scope.within))
    .where('s.status', 'not in', NOT_YET_ISSUED);
  return eb(
    'p.id',
    'in',
    issuedWithin
      .$if(scope.ancestorIds.length > 0, (query) => query.unionAll(issuedAbove))
      .unionAll(issuedAndAddressed),
  );
}

function matches(eb: PlanRows, filter: PlanFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [visibleAmongAll(eb, filter.scope)];
  for (const word of filter.words) conditions.push(eb('p.search_text', 'like', `%${word}%`));
  if (filter.issuerPath !== undefined) conditions.push(inSubtree('issuer.path', [filter.issuerPath]));
  if (filter.withUnitsBelow) conditions.push(eb('issuer.kind', '<>', 'school'));
  if (filter.year !== undefined) {
    conditions.push(eb('p.period_start_year', '<=', filter.year), eb('p.period_end_year', '>=', filter.year));
  }
  if (filter.status !== undefined) conditions.push(eb('p.status', '=', filter.status));
  return eb.and(conditions);
}

export interface PlanChildren {
  legalBases: Omit<PlanLegalBasisTable, 'plan_id'>[];
  recipients: Omit<PlanRecipientTable, 'plan_id'>[];
  objectives: Omit<PlanObjectiveTable, 'plan_id' | 'id'>[];
  /** `objective_position` links an indicator to the objective at that position. */
  indicators: (Omit<PlanIndicatorTable, 'plan_id' | 'id' | 'objective_id'> & {
    objective_position: number | null;
    targets: { year: number; value: number }[];
  })[];
  tasks: Omit<PlanTaskTable, 'plan_id' | 'id'>[];
}

/** A write to a stored plan, keeping the cascade count of the requirement it may meet in step. */
async function keepingCascadeCountOf<T>(trx: Executor, planId: number, write: () => Promise<T>) {
  const plan = await trx
    .selectFrom('plans')
    .select(['parent_plan_id', 'issuer_unit_id'])
    .where('id', '=', planId)
    .executeTakeFirstOrThrow();
  return keepingCascadeCount(
    trx,
    { parentPlanId: plan.parent_plan_id, issuerUnitId: plan.issuer_unit_id },
    write,
  );
}

type PlanChanges = Omit<Updateable<PlanTable>, 'id' | 'version'>;

/** The update of a plan that applies only while it is still at `version`, and moves it to the next. */
const updateAtVersion = (trx: Executor, planId: number, version: number, changes: PlanChanges) =>
  trx
    .updateTable('plans')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', planId)
    .where('version', '=', version);

export function createPlanRepository(db: Kysely<Database>) {
  const plans = () =>
    db
      .selectFrom('plans as p')
      .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
      .leftJoin('plans as parent', 'parent.id', 'p.parent_plan_id')
      .leftJoin('plans as amended', 'amended.id', 'p.amends_plan_id')
      .leftJoin('accounts as author', 'author.id', 'p.created_by');

  return {
    listPlans: (filter: PlanFilter, limit: number, afterPublicId: string | null) =>
      db
        .selectFrom('plans as p')
        .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
        .select([
          'p.public_id',
          'p.number',
          'p.symbol',
          'p.title',
          'p.status',
          'p.issued_on',
          'p.period_start_year',
          'p.period_end_year',
          'issuer.public_id as issuer_public_id',
          'issuer.name as issuer_name',
        ])
        .where((eb) => matches(eb, filter))
        .$if(afterPublicId !== null, (query) => query.where('p.public_id', '<', afterPublicId as string))
        // Public ids are ULIDs, so this is newest first.
        .orderBy('p.public_id', 'desc')
        .limit(limit + 1)
        .execute(),

    countPlans: async (filter: PlanFilter) => {
      const row = await db
        .selectFrom('plans as p')
        .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where((eb) => matches(eb, filter))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The plan with its issuer and linked plans, if it exists and is visible in the scope. */
    findPlan: (publicId: string, scope: PlanScope) =>
      plans()
        .selectAll('p')
        .select([
          'issuer.public_id as issuer_public_id',
          'issuer.name as issuer_name',
          'issuer.kind as issuer_kind',
          'issuer.path as issuer_path',
          'parent.public_id as parent_public_id',
          'parent.number as parent_number',
          'parent.symbol as parent_symbol',
          'parent.title as parent_title',
          'parent.status as parent_status',
          'amended.public_id as amended_public_id',
          'amended.number as amended_number',
          'amended.symbol as amended_symbol',
          'amended.title as amended_title',
          'amended.status as amended_status',
          'author.display_name as author_name',
        ])
        .where('p.public_id', '=', publicId)
        .where((eb) => visibleTo(eb, scope))
        .executeTakeFirst(),

    /** Plans among the given ones that are visible in the scope (for links from legal bases). */
    visiblePlanIds: async (publicIds: string[], scope: PlanScope): Promise<Map<string, number>> => {
      if (publicIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('plans as p')
        .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
        .select(['p.id', 'p.public_id'])
        .where('p.public_id', 'in', publicIds)
        .where((eb) => visibleTo(eb, scope))
        .execute();
      return new Map(rows.map((row) => [row.public_id, row.id]));
    },

    /** Visible plans with one of the given numbers and symbols (to link an imported "Thực hiện Kế hoạch số …"). */
    plansByNumber: (numbers: { number: number; symbol: string }[], scope: PlanScope) =>
      numbers.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('plans as p')
            .innerJoin('org_units as issuer', 'issuer.id', 'p.issuer_unit_id')
            .select(['p.public_id', 'p.number', 'p.symbol', 'p.issued_on'])
            .where((eb) =>
              eb.and([
                eb.or(
                  numbers.map(({ number, symbol }) =>
                    eb.and([eb('p.number', '=', number), eb('p.symbol', '=', symbol)]),
                  ),
                ),
                eb('p.status', 'not in', NOT_YET_ISSUED),
                visibleTo(eb, scope),
              ]),
            )
            .execute(),

    legalBases: (planId: number) =>
      db
        .selectFrom('plan_legal_bases as b')
        .leftJoin('plans as linked', 'linked.id', 'b.linked_plan_id')
        .select([
          'b.text',
          'linked.public_id as linked_public_id',
          'linked.number as linked_number',
          'linked.symbol as linked_symbol',
          'linked.title as linked_title',
          'linked.status as linked_status',
        ])
        .where('b.plan_id', '=', planId)
        .orderBy('b.position')
        .execute(),

    recipients: (planId: number) =>
      db
        .selectFrom('plan_recipients as r')
        .leftJoin('org_units as u', 'u.id', 'r.unit_id')
        .select(['r.text', 'u.public_id as unit_public_id', 'u.name as unit_name', 'u.kind as unit_kind'])
        .where('r.plan_id', '=', planId)
        .orderBy('r.position')
        .execute(),

    objectives: (planId: number) =>
      db
        .selectFrom('plan_objectives')
        .select(['id', 'kind', 'text'])
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute(),

    indicators: (planId: number) =>
      db
        .selectFrom('plan_indicators')
        .select(['id', 'objective_id', 'name', 'measure', 'computation'])
        .where('plan_id', '=', planId)
        .orderBy('position')
        .execute(),

    targets: (planId: number) =>
      db
        .selectFrom('plan_indicator_targets as t')
        .innerJoin('plan_indicators as i', 'i.id', 't.indicator_id')
        .select(['t.indicator_id', 't.year', 't.value'])
        .where('i.plan_id', '=', planId)
        .orderBy('t.indicator_id')
        .orderBy('t.year')
        .execute(),

    tasks: (planId: number) =>
      db
        .selectFrom('plan_tasks as t')
        .leftJoin('org_units as lead', 'lead.id', 't.lead_unit_id')
        .select([
          't.numbering',
          't.content',
          't.lead_name',
          't.cooperating_json',
          't.timing_json',
          't.expected_output',
          'lead.public_id as lead_public_id',
          'lead.name as lead_unit_name',
          'lead.kind as lead_kind',
        ])
        .where('t.plan_id', '=', planId)
        .orderBy('t.position')
        .execute(),

    unitsByPublicId: (publicIds: string[]) =>
      publicIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('org_units')
            .select(['id', 'public_id', 'name', 'kind', 'path', 'valid_to'])
            .where('public_id', 'in', publicIds)
            .execute(),

    /** Open units of a kind strictly below the unit at `path`, by name. */
    unitsBelow: (path: string, kind: OrgUnitKind) =>
      db
        .selectFrom('org_units')
        .select(['id', 'public_id', 'name'])
        .where('kind', '=', kind)
        .where('path', '>', path)
        .where('path', '<', `${path}~`)
        .where('valid_to', 'is', null)
        .orderBy('name')
        .execute(),

    numberTaken: async (issuerId: number, year: number, number: number, exceptPlanId: number | null) =>
      (await db
        .selectFrom('plans')
        .select('id')
        .where('issuer_unit_id', '=', issuerId)
        .where('number_year', '=', year)
        .where('number', '=', number)
        .$if(exceptPlanId !== null, (query) => query.where('id', '<>', exceptPlanId as number))
        .executeTakeFirst()) !== undefined,

    nextNumber: async (trx: Executor, issuerId: number, year: number) => {
      const row = await trx
        .selectFrom('plans')
        .select((eb) => eb.fn.max('number').as('last'))
        .where('issuer_unit_id', '=', issuerId)
        .where('number_year', '=', year)
        .executeTakeFirst();
      return Number(row?.last ?? 0) + 1;
    },

    /** The unit's own plan implementing the parent (not an amendment of it), if any. */
    implementingPlan: (parentPlanId: number, unitId: number) =>
      db
        .selectFrom('plans')
        .select(['public_id'])
        .where('parent_plan_id', '=', parentPlanId)
        .where('issuer_unit_id', '=', unitId)
        .where('amends_plan_id', 'is', null)
        .executeTakeFirst(),

    insertPlan: (trx: Executor, row: Insertable<PlanTable>) =>
      keepingCascadeCount(
        trx,
        { parentPlanId: row.parent_plan_id ?? null, issuerUnitId: row.issuer_unit_id },
        () => trx.insertInto('plans').values(row).returning('id').executeTakeFirstOrThrow(),
      ),

    /** Applies the change only if the plan is still at `version`; answers whether it was. */
    updatePlan: async (trx: Executor, planId: number, version: number, changes: PlanChanges) => {
      const result = await keepingCascadeCountOf(trx, planId, () =>
        updateAtVersion(trx, planId, version, changes).executeTakeFirst(),
      );
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Changes a draft's content, only if it is still a draft (or in review) at `version`; answers
     * whether it was. Such a plan counts as not issued whatever it holds, so its requirement's count
     * stays as it is and is not looked at.
     */
    updateDraft: async (trx: Executor, planId: number, version: number, changes: PlanChanges) => {
      const result = await updateAtVersion(trx, planId, version, changes)
        .where('status', 'in', NOT_YET_ISSUED)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    setStatus: (trx: Executor, planId: number, status: PlanStatus, at: string) =>
      keepingCascadeCountOf(trx, planId, () =>
        trx
          .updateTable('plans')
          .set((eb) => ({ status, updated_at: at, version: eb('version', '+', 1) }))
          .where('id', '=', planId)
          .execute(),
      ),

    /** Replaces everything stored in child tables, each table in one statement. */
    replaceChildren: async (trx: Executor, planId: number, children: PlanChildren) => {
      // Targets and indicators go with their objectives and plan through ON DELETE CASCADE.
      for (const table of ['plan_legal_bases', 'plan_recipients', 'plan_tasks', 'plan_indicators'] as const) {
        await trx.deleteFrom(table).where('plan_id', '=', planId).execute();
      }
      await trx.deleteFrom('plan_objectives').where('plan_id', '=', planId).execute();
      const withPlan = <T>(rows: T[]) => rows.map((row) => ({ ...row, plan_id: planId }));
      if (children.legalBases.length > 0)
        await trx.insertInto('plan_legal_bases').values(withPlan(children.legalBases)).execute();
      if (children.recipients.length > 0)
        await trx.insertInto('plan_recipients').values(withPlan(children.recipients)).execute();
      if (children.tasks.length > 0)
        await trx.insertInto('plan_tasks').values(withPlan(children.tasks)).execute();
      const objectiveIds = new Map<number, number>();
      if (children.objectives.length > 0) {
        const rows = await trx
          .insertInto('plan_objectives')
          .values(withPlan(children.objectives))
          .returning(['id', 'position'])
          .execute();
        for (const row of rows) objectiveIds.set(row.position, row.id);
      }
      if (children.indicators.length === 0) return;
      const indicators = await trx
        .insertInto('plan_indicators')
        .values(
          children.indicators.map(({ objective_position, targets: _targets, ...indicator }) => ({
            ...indicator,
            plan_id: planId,
            objective_id: objective_position === null ? null : (objectiveIds.get(objective_position) ?? null),
          })),
        )
        .returning(['id', 'position'])
        .execute();
      const indicatorIds = new Map(indicators.map((row) => [row.position, row.id]));
      const targets = children.indicators.flatMap((indicator) =>
        indicator.targets.map((target) => ({
          indicator_id: indicatorIds.get(indicator.position) as number,
          year: target.year,
          value: target.value,
        })),
      );
      if (targets.length > 0) await trx.insertInto('plan_indicator_targets').values(targets).execute();
    },
  };
}

export type PlanRepository = ReturnType<typeof createPlanRepository>;
export type PlanRow = NonNullable<Awaited<ReturnType<PlanRepository['findPlan']>>>;
export type UnitLookupRow = Awaited<ReturnType<PlanRepository['unitsByPublicId']>>[number];
