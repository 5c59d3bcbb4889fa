import { BENCH_DEMO_PASSWORD, startAppProcess } from '../support/app-process.js';
import { createBenchDatabase } from '../support/bench-database.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, type BenchResult, percentiles } from '../support/result.js';

const SIGN_INS = 40;

/** Latency of one sign-in, dominated by the argon2id cost chosen in core/auth/password.ts. */
export const signIn: Benchmark = {
  name: 'auth.sign-in',
  async run(context) {
    const results: BenchResult[] = [];
    for (const database of context.databases) {
      const store = await createBenchDatabase(database, context.postgresAdminUrl);
      const app = await startAppProcess(store.url);
      const durations: number[] = [];
      for (let attempt = 0; attempt < repetitions(context, SIGN_INS); attempt += 1) {
        const startedAt = performance.now();
        const response = await fetch(`${app.baseUrl}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: BENCH_DEMO_PASSWORD }),
        });
        if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
        durations.push(performance.now() - startedAt);
      }
      await app.stop();
      await store.drop();
      results.push({ name: 'auth.sign-in', database, ...percentiles(durations) });
    }
    return results;
  },
};
