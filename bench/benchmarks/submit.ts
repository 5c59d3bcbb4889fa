import { onEachDatabase } from '../support/dataset-app.js';
import { repetitions } from '../support/repetitions.js';
import { fillAndSubmit, fortyValues, openDrafts, resetToDrafts } from '../support/report-filling.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { type BenchSession, openReporterSessions } from '../support/sessions.js';

const CONCURRENCY = 8;

/**
 * Schools handing in their reports at the same time: each submits its 40 values in one request, eight
 * at a time. Throughput is submissions per second; the percentiles are of one submission.
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
      const durations: number[] = [];
      const startedAt = performance.now();
      let seconds = 0;
      try {
        await Promise.all(
          Array.from({ length: CONCURRENCY }, async () => {
            for (let next = submissions.shift(); next; next = submissions.shift()) {
              const submittedAt = performance.now();
              await fillAndSubmit(app.baseUrl, next.session, next.report, values);
              durations.push(performance.now() - submittedAt);
            }
          }),
        );
        seconds = (performance.now() - startedAt) / 1000;
      } finally {
        await resetToDrafts(database, drafts);
      }
      return [
        {
          name: 'submit',
          ...percentiles(durations),
          throughput_per_s: Math.round((durations.length / seconds) * 10) / 10,
        },
      ];
    }),
};
