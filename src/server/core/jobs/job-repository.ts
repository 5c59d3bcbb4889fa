import { type Kysely, sql, type Transaction } from 'kysely';
import type { DatabaseDialect } from '../config.js';
import { inChunks } from '../db/in-chunks.js';
import type { Database } from '../db/schema.js';

export interface NewJob {
  kind: string;
  payload: string;
  dedupeKey: string | null;
  runAt: string;
  maxAttempts: number;
  createdAt: string;
}

/** All SQL of the durable job queue. */
export function createJobRepository(db: Kysely<Database>, dialect: DatabaseDialect) {
  return {
    /**
     * Inserts the jobs, in statements of a few hundred, leaving out each whose dedupe key a job already
     * holds; answers which were inserted, in order.
     */
    async insertMany(
      jobs: NewJob[],
      executor: Kysely<Database> | Transaction<Database> = db,
    ): Promise<boolean[]> {
      const insertedKeys = new Set<string>();
      for (const chunk of inChunks(jobs)) {
        const inserted = await executor
          .insertInto('jobs')
          .values(
            chunk.map((job) => ({
              kind: job.kind,
              payload: job.payload,
              dedupe_key: job.dedupeKey,
              status: 'pending' as const,
              run_at: job.runAt,
              max_attempts: job.maxAttempts,
              created_at: job.createdAt,
            })),
          )
          .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
          .returning('dedupe_key')
          .execute();
        for (const { dedupe_key } of inserted) if (dedupe_key !== null) insertedKeys.add(dedupe_key);
      }
      // Only the dedupe key can conflict: a job without one is always inserted.
      return jobs.map((job) => job.dedupeKey === null || insertedKeys.has(job.dedupeKey));
    },

    /**
     * Takes up to `limit` due jobs for this node in one statement: pending ones whose time has come,
     * and running ones whose lease ran out (their node died). On PostgreSQL `skip locked` lets several
     * nodes claim side by side without ever taking the same job; SQLite has a single writer.
     */
    claimDue: (nodeId: string, now: string, leaseUntil: string, limit: number) => {
      const due = db
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<', now)]),
          ]),
        )
        .orderBy('run_at')
        .limit(limit)
        .$if(dialect === 'postgres', (query) => query.forUpdate().skipLocked());
      return db
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          locked_by: nodeId,
          locked_until: leaseUntil,
          attempts: eb('attempts', '+', 1),
        }))
        .where('id', 'in', due)
        .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
        .execute();
    },

    complete: (jobId: number, nodeId: string, at: string) =>
      db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: at, locked_by: null, locked_until: null, last_error: null })
        .where('id', '=', jobId)
        .where('locked_by', '=', nodeId)
        .execute(),

    /** Puts the job back for a later try, or gives it up when no try is left. */
    fail: (jobId: number, nodeId: string, error: string, retryAt: string | null, at: string) =>
      db
        .updateTable('jobs')
        .set({
          status: retryAt ? 'pending' : 'failed',
          run_at: retryAt ?? sql<string>`run_at`,
          finished_at: retryAt ? null : at,
          locked_by: null,
          locked_until: null,
          last_error: error.slice(0, 2000),
        })
        .where('id', '=', jobId)
        .where('locked_by', '=', nodeId)
        .execute(),

    findByDedupeKey: (dedupeKey: string) =>
      db.selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst(),
  };
}

export type JobRepository = ReturnType<typeof createJobRepository>;
