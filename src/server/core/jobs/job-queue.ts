import type { Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import type { JobRepository } from './job-repository.js';

export interface EnqueueOptions {
  /** A second job with the same key is not added: the first one stands. */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 8;

/** Adds work to the durable queue; it survives restarts and runs on whichever node claims it first. */
export function createJobQueue(repository: JobRepository, clock: Clock) {
  /** Many jobs of one kind in a few statements; answers, in order, which were added (see `dedupeKey`). */
  function enqueueMany(
    kind: string,
    items: ({ payload: unknown } & EnqueueOptions)[],
    trx?: Transaction<Database>,
  ): Promise<boolean[]> {
    const now = clock.now();
    return repository.insertMany(
      items.map((item) => ({
        kind,
        payload: JSON.stringify(item.payload),
        dedupeKey: item.dedupeKey ?? null,
        runAt: (item.runAt ?? now).toISOString(),
        maxAttempts: item.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        createdAt: now.toISOString(),
      })),
      trx,
    );
  }

  return {
    /** Pass the caller's transaction to enqueue together with the change that asks for the job. */
    async enqueue(
      kind: string,
      payload: unknown,
      options: EnqueueOptions = {},
      trx?: Transaction<Database>,
    ): Promise<boolean> {
      const [enqueued] = await enqueueMany(kind, [{ payload, ...options }], trx);
      return enqueued === true;
    },

    enqueueMany,
  };
}

export type JobQueue = ReturnType<typeof createJobQueue>;
