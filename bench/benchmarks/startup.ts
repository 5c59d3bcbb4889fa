import { setTimeout as sleep } from 'node:timers/promises';
import { startAppProcess } from '../support/app-process.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, type BenchResult, megabytes, percentiles } from '../support/result.js';

const RESTARTS = 5;

/**
 * Cold start to the first healthy response: once on an empty database (migrations, national import,
 * demo seed), then restarts on the same database; and the resident memory after a quiet second.
 */
export const startup: Benchmark = {
  name: 'startup',
  async run(context) {
    const results: BenchResult[] = [];
    for (const database of context.databases) {
      const store = await createBenchDatabase(database, context.postgresAdminUrl);
      const first = await startAppProcess(store.url);
      await first.stop();
      const restarts: number[] = [];
      let idleRss = 0;
      for (let run = 0; run < repetitions(context, RESTARTS); run += 1) {
        const app = await startAppProcess(store.url);
        restarts.push(app.startupMs);
        await sleep(1000);
        idleRss = Math.max(idleRss, app.rssBytes());
        await app.stop();
      }
      await store.drop();
      results.push(
        {
          name: 'startup.first',
          database,
          p50_ms: Math.round(first.startupMs),
          note: 'empty database: migrate, import 3,355 units, seed demo',
        },
        { name: 'startup', database, ...percentiles(restarts), rss_mb: megabytes(idleRss) },
      );
    }
    return results;
  },
};
