// The cascade status counts (table `plan_cascade_counts`, migration 0014), kept in step by every write
// that can change them, in its own transaction: requiring units recounts the plan, a write to an
// implementing plan moves its requirement from the count of its status before to that after, and a
// unit changing kind or school level recounts the plans requiring it. A write past the repositories
// (a bulk load) must recount the plan with `refillCascadeCounts`.

import type { Kysely, Transaction } from 'kysely';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import { dialectOf } from '../../core/db/dialect-of.js';
import { inChunks } from '../../core/db/in-chunks.js';
import type { Database } from '../../core/db/schema.js';
import { levelOf, requirementsWithStatus, statusOf } from './requirement-status.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** A unit required to implement a plan: met by the unit's own implementing plan of it. */
interface Requirement {
  planId: number;
  unitId: number;
}

interface Tally {
  level: string;
  status: CascadeUnitStatus;
}

/**
 * On PostgreSQL the required plan's row orders the writes to its counts: a recount locks it
 * exclusively and a move shared, so under READ COMMITTED a recount cannot miss a move committed after
 * its snapshot, nor a move miss a requirement added just before. SQLite runs one writer at a time.
 */
async function lockCountsOf(trx: Executor, planId: number, use: 'recount' | 'move') {
  if (dialectOf(trx) !== 'postgres') return;
  const row = trx.selectFrom('plans').select('id').where('id', '=', planId);
  await (use === 'recount' ? row.forNoKeyUpdate() : row.forShare()).execute();
}

/** Per level and status, the plan's requirements as they stand: what the stored counts must equal. */
export const liveCascadeCounts = (db: Executor, planId: number) =>
  requirementsWithStatus(db, planId)
    .select((eb) => [
      'r.plan_id',
      levelOf.as('level'),
      statusOf.as('status'),
      eb.fn.countAll<number>().as('units'),
    ])
    .groupBy(['r.plan_id', levelOf, statusOf]);

/** The stored counts of a plan, per level and status. */
export const storedCascadeCounts = (db: Executor, planId: number) =>
  db
    .selectFrom('plan_cascade_counts')
    .select(['level', 'status', 'units'])
    .where('plan_id', '=', planId)
    .where('units', '>', 0)
    .orderBy('level')
    .orderBy('status')
    .execute();

/** Recomputes a plan's counts from its requirements. */
export async function refillCascadeCounts(trx: Executor, planId: number) {
  await lockCountsOf(trx, planId, 'recount');
  await trx.deleteFrom('plan_cascade_counts').where('plan_id', '=', planId).execute();
  await trx
    .insertInto('plan_cascade_counts')
    .columns(['plan_id', 'level', 'status', 'units'])
    .expression(liveCascadeCounts(trx, planId))
    .execute();
}

/** Recounts the plans that require any of the units, after the units changed kind or school level. */
export async function recountCascadesRequiring(trx: Executor, unitIds: number[]) {
  const planIds = new Set<number>();
  for (const chunk of inChunks(unitIds)) {
    const rows = await trx
      .selectFrom('plan_requirements')
      .select('plan_id')
      .distinct()
      .where('unit_id', 'in', chunk)
      .execute();
    for (const row of rows) planIds.add(row.plan_id);
  }
  for (const planId of planIds) await refillCascadeCounts(trx, planId);
}

const tallyOf = (trx: Executor, requirement: Requirement): Promise<Tally | undefined> =>
  requirementsWithStatus(trx, requirement.planId)
    .select([levelOf.as('level'), statusOf.as('status')])
    .where('r.unit_id', '=', requirement.unitId)
    .executeTakeFirst();

const addToCount = (trx: Executor, planId: number, tally: Tally, units: 1 | -1) =>
  trx
    .insertInto('plan_cascade_counts')
    .values({ plan_id: planId, ...tally, units })
    .onConflict((conflict) =>
      conflict
        .columns(['plan_id', 'level', 'status'])
        .doUpdateSet((eb) => ({ units: eb('plan_cascade_counts.units', '+', eb.ref('excluded.units')) })),
    )
    .execute();

/**
 * Runs a write to a plan (a new one, or a change of its status or date) and moves the requirement the
 * plan may meet, as an implementing plan of its parent, to the count of its status after the write.
 */
export async function keepingCascadeCount<T>(
  trx: Executor,
  plan: { parentPlanId: number | null; issuerUnitId: number },
  write: () => Promise<T>,
): Promise<T> {
  if (plan.parentPlanId === null) return write();
  const requirement = { planId: plan.parentPlanId, unitId: plan.issuerUnitId };
  await lockCountsOf(trx, requirement.planId, 'move');
  const before = await tallyOf(trx, requirement);
  const result = await write();
  const after = await tallyOf(trx, requirement);
  // A plan's write does not add or remove requirements, so both are there or neither is.
  if (before && after && before.status !== after.status) {
    await addToCount(trx, requirement.planId, before, -1);
    await addToCount(trx, requirement.planId, after, 1);
  }
  return result;
}
