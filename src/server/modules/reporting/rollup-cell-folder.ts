import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DatabaseDialect } from '../../core/config.js';
import type { Database } from '../../core/db/schema.js';
import { type RepeatingTask, startRepeating } from '../../core/jobs/repeating-task.js';
import { foldPendingCells } from './rollup-cells.js';

/**
 * Folds the roll-up cells' pending changes into them, a few times a second on every node. Roll-ups
 * add what is still pending, so the interval bounds how many pending rows a roll-up sums, not how
 * fresh it is.
 */
export function createRollupCellFolder(deps: {
  db: Kysely<Database>;
  dialect: DatabaseDialect;
  log: FastifyBaseLogger;
}) {
  let repeating: RepeatingTask | undefined;
  const foldPending = () => foldPendingCells(deps.db, deps.dialect);
  return {
    foldPending,
    start(intervalMs = 500): void {
      repeating = startRepeating(foldPending, intervalMs, (error) =>
        deps.log.error({ err: error }, 'roll-up cells could not be folded'),
      );
    },
    async stop(): Promise<void> {
      await repeating?.stop();
    },
  };
}

export type RollupCellFolder = ReturnType<typeof createRollupCellFolder>;
