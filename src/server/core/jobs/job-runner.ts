import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../clock.js';
import type { JobRepository } from './job-repository.js';
import { type RepeatingTask, startRepeating } from './repeating-task.js';

/** Runs one job; what it returns is ignored, a throw schedules a retry. */
export type JobHandler = (payload: unknown) => Promise<unknown>;

/** How long a claimed job stays with its node before another may take it over. */
const LEASE_MS = 5 * 60 * 1000;
const BATCH_SIZE = 20;

/** 30 s, 1 min, 2 min, … doubling up to an hour between tries. */
export const retryDelayMs = (attempt: number) => Math.min(60 * 60 * 1000, 30_000 * 2 ** (attempt - 1));

/**
 * Runs due jobs: claims a batch atomically, hands each to its kind's handler, then marks it done or
 * schedules a retry with back-off. Several nodes may run one each on the same database.
 */
export function createJobRunner(deps: {
  repository: JobRepository;
  clock: Clock;
  handlers: Record<string, JobHandler>;
  log: FastifyBaseLogger;
  nodeId?: string;
}) {
  const { repository, clock, handlers, log } = deps;
  const nodeId = deps.nodeId ?? randomUUID();
  let repeating: RepeatingTask | undefined;

  async function runOnce(): Promise<number> {
    const now = clock.now();
    const claimed = await repository.claimDue(
      nodeId,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
      BATCH_SIZE,
    );
    for (const job of claimed) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
        await handler(JSON.parse(job.payload));
        await repository.complete(job.id, nodeId, clock.now().toISOString());
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryAt =
          job.attempts < job.max_attempts
            ? new Date(clock.now().getTime() + retryDelayMs(job.attempts)).toISOString()
            : null;
        log.warn(
          { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, err: message },
          'job failed',
        );
        await repository.fail(job.id, nodeId, message, retryAt, clock.now().toISOString());
      }
    }
    return claimed.length;
  }

  return {
    nodeId,
    /** Runs due jobs until none is left; for tests and for a manual nudge. */
    async drain(): Promise<void> {
      let claimed: number;
      do claimed = await runOnce();
      while (claimed > 0);
    },
    start(intervalMs = 2000): void {
      repeating = startRepeating(runOnce, intervalMs, (error) =>
        log.error({ err: error }, 'job runner could not claim jobs'),
      );
    },
    async stop(): Promise<void> {
      await repeating?.stop();
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
