import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.js';
import { type RepeatingTask, startRepeating } from '../../core/jobs/repeating-task.js';
import { foldPendingCells, vacuumPendingCells } from './rollup-cells.js';

/**
 * How often a node reclaims the folded rows at most: at 80 submissions a second that leaves under
 * 20,000 dead rows between two vacuums, a few milliseconds on a national roll-up at worst.
 */
const VACUUM_INTERVAL_MS = 2000;

/**
 * Folds the roll-up cells' pending changes into them, a few times a second on every node. Roll-ups
 * add what is still pending, so the interval bounds how many pending rows a roll-up sums, not how
 * fresh it is.
 */
export function createRollupCellFolder(deps: { db: Kysely<Database>; log: FastifyBaseLogger }) {
  let repeating: RepeatingTask | undefined;
  let vacuumedAt = 0;
  const foldPending = () => foldPendingCells(deps.db);
  const foldAndReclaim = async () => {
    if (!(await foldPending()) || Date.now() - vacuumedAt < VACUUM_INTERVAL_MS) return;
    vacuumedAt = Date.now();
    await vacuumPendingCells(deps.db);
  };
  return {
    foldPending,
    start(intervalMs = 500): void {
      repeating = startRepeating(foldAndReclaim, intervalMs, (error) =>
        deps.log.error({ err: error }, 'roll-up cells could not be folded'),
      );
    },
    async stop(): Promise<void> {
      await repeating?.stop();
    },
  };
}

export type RollupCellFolder = ReturnType<typeof createRollupCellFolder>;
