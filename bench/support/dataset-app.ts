import { createDatabase, type DatabaseHandle } from '../../src/server/core/db/database.js';
import { ensureDataset } from '../data/dataset.js';
import type { Dialect } from '../data/dialect-sql.js';
import { type AppProcess, startAppProcess } from './app-process.js';
import type { BenchContext, BenchResult } from './result.js';

export interface DatasetApp {
  app: AppProcess;
  /** A connection of the benchmark's own, for the SQL baselines and for setting up sessions. */
  database: DatabaseHandle;
  dialect: Dialect;
}

/** Runs `work` against the built server on the scale's dataset (generated first if missing). */
export async function withDatasetApp<T>(
  context: BenchContext,
  dialect: Dialect,
  work: (target: DatasetApp) => Promise<T>,
): Promise<T> {
  const url = await ensureDataset(context.scale, dialect, context.postgresAdminUrl);
  const app = await startAppProcess(url);
  const database = createDatabase(url, dialect);
  try {
    return await work({ app, database, dialect });
  } finally {
    await database.destroy();
    await app.stop();
  }
}

/** The same benchmark on every database of the run, one result each. */
export async function onEachDatabase(
  context: BenchContext,
  measure: (target: DatasetApp) => Promise<Omit<BenchResult, 'database'>[]>,
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const dialect of context.databases) {
    const measured = await withDatasetApp(context, dialect, measure);
    results.push(...measured.map((result) => ({ ...result, database: dialect })));
  }
  return results;
}
