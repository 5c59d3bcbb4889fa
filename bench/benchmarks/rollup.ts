import { createReportingRepository } from '../../src/server/modules/reporting/repository.js';
import { roundPublicId } from '../data/reporting-history.js';
import { onEachDatabase } from '../support/dataset-app.js';
import { timeGets, timeRepeatedly } from '../support/load.js';
import { FULL_ROUND_YEAR, HANOI_DEPARTMENT, MINISTRY, unitByCode } from '../support/lookups.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { signIn } from '../support/sessions.js';

/** Requests (then as many SQL executions) in each turn of the alternation. */
const BATCH = 20;

/**
 * GET /api/rollups of the fully reported 2025 round over a subtree, one request at a time from
 * autocannon, alternating turn by turn with the repository's roll-up query executed directly (so both
 * see the same load on a shared machine): the endpoint's cost above the SQL is the ratio.
 */
function rollupBenchmark(name: string, unitCode: string, account: string, runs: number): Benchmark {
  return {
    name,
    run: (context) =>
      onEachDatabase(context, async ({ app, database }) => {
        const session = await signIn(app.baseUrl, account);
        const unit = await unitByCode(database.db, unitCode);
        const round = roundPublicId(FULL_ROUND_YEAR);
        const times = repetitions(context, runs);
        const url = `${app.baseUrl}/api/rollups?round=${round}&unit=${unit.public_id}`;
        const repository = createReportingRepository(database.db);
        const roundRow = await repository.findRound(round);
        if (!roundRow) throw new Error(`no round ${round}`);
        const overHttp = async (amount: number) =>
          (await timeGets({ url, headers: session.headers, connections: 1, amount })).durations;
        const inSql = () =>
          repository.rollup(roundRow, { kind: 'subtree', underPath: unit.path, withPredecessors: false });
        await overHttp(2);
        await inSql();
        const httpDurations: number[] = [];
        const sqlDurations: number[] = [];
        for (let done = 0; done < times; done += BATCH) {
          const amount = Math.min(BATCH, times - done);
          httpDurations.push(...(await overHttp(amount)));
          sqlDurations.push(...(await timeRepeatedly(amount, inSql)));
        }
        const endpoint = percentiles(httpDurations);
        const baseline = percentiles(sqlDurations);
        const ratio = (endpoint.p95_ms ?? 0) / (baseline.p95_ms || 1);
        return [
          {
            name,
            p50_ms: endpoint.p50_ms,
            p95_ms: endpoint.p95_ms,
            p99_ms: endpoint.p99_ms,
            baseline_p95_ms: baseline.p95_ms,
            ratio: Math.round(ratio * 100) / 100,
          },
        ];
      }),
  };
}

// A roll-up takes milliseconds: 200 of each give p95s that one slow sample does not decide.
export const rollupProvince = rollupBenchmark('rollup.province', HANOI_DEPARTMENT, 'so.hanoi', 200);
export const rollupNational = rollupBenchmark('rollup.national', MINISTRY, 'admin', 200);
