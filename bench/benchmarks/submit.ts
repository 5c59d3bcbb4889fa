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
 * Rounds of the same submissions before any is measured. V8 goes on optimising a request's code well
 * past the first few hundred requests: on the province dataset the rate rose round by round through
 * the first 1,200 or so submissions and then held (SQLite 270, 380, 390, 420, 470, 465, 450, 485/s;
 * PostgreSQL 120, 195, 205, 215, 250, 245, 250, 265/s, rounds of 400). A server that has been up for
 * a while runs that code; the first rounds also see every pooled PostgreSQL connection plan its
 * statements (five custom plans each before a generic one).
 */
const WARM_UP_ROUNDS = 3;
const MEASURED_ROUNDS = 3;

/**
 * Schools handing in their reports at the same time: each submits its 40 values in one request, eight
 * at a time. Throughput is submissions per second over the measured rounds; the percentiles are of
 * one submission. Every round hands in the same reports, put back as drafts between rounds.
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
      const handInAndTakeBack = async () => {
        const round = await submitAll(app.baseUrl, submissions, values);
        await resetToDrafts(database, drafts);
        return round;
      };
      try {
        for (let round = 0; round < repetitions(context, WARM_UP_ROUNDS); round += 1)
          await handInAndTakeBack();
        const durations: number[] = [];
        let seconds = 0;
        for (let round = 0; round < repetitions(context, MEASURED_ROUNDS); round += 1) {
          const measured = await handInAndTakeBack();
          durations.push(...measured.durations);
          seconds += measured.seconds;
        }
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
