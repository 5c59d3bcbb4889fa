import { onEachDatabase } from '../support/dataset-app.js';
import { repetitions } from '../support/repetitions.js';
import {
  type DraftReport,
  type EnteredValue,
  fillAndSubmit,
  fortyValues,
  openDrafts,
  resetToDrafts,
} from '../support/report-filling.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { type BenchSession, openReporterSessions } from '../support/sessions.js';

const CONCURRENCY = 8;

interface Submission {
  report: DraftReport;
  session: BenchSession;
}

/** Hands in every report, eight at a time: each submission's duration, and the seconds for all. */
async function submitAll(baseUrl: string, submissions: Submission[], values: Record<string, EnteredValue>) {
  const queue = [...submissions];
  const durations: number[] = [];
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const submittedAt = performance.now();
        await fillAndSubmit(baseUrl, next.session, next.report, values);
        durations.push(performance.now() - submittedAt);
      }
    }),
  );
  return { durations, seconds: (performance.now() - startedAt) / 1000 };
}

/**
 * Schools handing in their reports at the same time: each submits its 40 values in one request, eight
 * at a time. Throughput is submissions per second; the percentiles are of one submission. The same
 * submissions run once beforehand, unmeasured, as a server that has been up for a while has them: V8
 * has optimised the request's code, and every pooled PostgreSQL connection has planned its statements
 * (five custom plans each before a generic one, ~2.5 ms of the database's CPU per submission when 400
 * submissions met a server just started).
 */
export const submit: Benchmark = {
  name: 'submit',
  run: (context) =>
    onEachDatabase(context, async ({ app, database }) => {
      const sessions = await openReporterSessions(database.db, repetitions(context, 400));
      const drafts = await openDrafts(
        database.db,
        sessions.map((session) => session.unitId),
      );
      if (drafts.length !== sessions.length) throw new Error('some reporters have no draft to submit');
      const values = await fortyValues(database.db);
      const submissions = drafts.map((report, index) => ({
        report,
        session: sessions[index] as BenchSession,
      }));
      try {
        await submitAll(app.baseUrl, submissions, values);
        await resetToDrafts(database, drafts);
        const { durations, seconds } = await submitAll(app.baseUrl, submissions, values);
        return [
          {
            name: 'submit',
            ...percentiles(durations),
            throughput_per_s: Math.round((durations.length / seconds) * 10) / 10,
          },
        ];
      } finally {
        await resetToDrafts(database, drafts);
      }
    }),
};
