import { OPEN_ROUND_YEAR, roundPublicId } from '../data/reporting-history.js';
import { onEachDatabase } from '../support/dataset-app.js';
import { requestOk } from '../support/load.js';
import { MINISTRY, unitByCode } from '../support/lookups.js';
import { repetitions } from '../support/repetitions.js';
import { fillAndSubmit, fortyValues, openDrafts, resetToDrafts } from '../support/report-filling.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { type BenchSession, openReporterSessions, signIn } from '../support/sessions.js';

/** Reports counted by the national roll-up of the open round (its first indicator). */
async function reportedNationally(session: BenchSession, url: string): Promise<number> {
  const rollup = JSON.parse(await requestOk(url, { headers: session.headers })) as {
    indicators: { unitsReported: number }[];
  };
  return rollup.indicators[0]?.unitsReported ?? 0;
}

/**
 * From a school's submission answered 200 to the ministry's national roll-up counting it: roll-ups
 * are computed live, so this is the first roll-up asked for after the submission.
 */
export const freshness: Benchmark = {
  name: 'freshness',
  run: (context) =>
    onEachDatabase(context, async ({ app, database }) => {
      const admin = await signIn(app.baseUrl, 'admin');
      const ministry = await unitByCode(database.db, MINISTRY);
      const url = `${app.baseUrl}/api/rollups?round=${roundPublicId(OPEN_ROUND_YEAR)}&unit=${ministry.public_id}`;
      const reporters = await openReporterSessions(database.db, repetitions(context, 10));
      const drafts = await openDrafts(
        database.db,
        reporters.map((reporter) => reporter.unitId),
      );
      const values = await fortyValues(database.db);
      const delays: number[] = [];
      try {
        for (const [index, report] of drafts.entries()) {
          const before = await reportedNationally(admin, url);
          await fillAndSubmit(app.baseUrl, reporters[index] as BenchSession, report, values);
          const answeredAt = performance.now();
          while ((await reportedNationally(admin, url)) <= before) {}
          delays.push(performance.now() - answeredAt);
        }
      } finally {
        await resetToDrafts(database, drafts);
      }
      return [{ name: 'freshness', ...percentiles(delays) }];
    }),
};
