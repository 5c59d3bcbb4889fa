import { createRequire } from 'node:module';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A thread that runs `program` with SQLite connections of its own. The program is evaluated rather than
 * loaded from a file: the server ships bundled, where a worker file would need an entry and a path of
 * its own. It finds the driver at `workerData.driverPath`, resolved from here so the working directory
 * does not matter.
 */
export function startSqliteWorker(
  program: string,
  workerData: Record<string, unknown>,
  options: Omit<WorkerOptions, 'eval' | 'workerData'> = {},
): Worker {
  return new Worker(program, {
    ...options,
    eval: true,
    workerData: { ...workerData, driverPath: createRequire(import.meta.url).resolve('better-sqlite3') },
  });
}
