import { roundPublicId } from '../data/reporting-history.js';
import { onEachDatabase } from '../support/dataset-app.js';
import { FULL_ROUND_YEAR } from '../support/lookups.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, megabytes, percentiles } from '../support/result.js';
import { signIn } from '../support/sessions.js';

const RSS_SAMPLE_MS = 10;

/**
 * The ministry downloads the 2025 round as XLSX: one row per school of the scale (54,000 nationally).
 * Time to the last byte, and the server's resident memory: its peak while streaming and the growth over
 * what it held before.
 */
export const exportXlsx: Benchmark = {
  name: 'export.xlsx',
  run: (context) =>
    onEachDatabase(context, async ({ app, database }) => {
      const session = await signIn(app.baseUrl, 'admin');
      const rows = await database.db
        .selectFrom('reports as r')
        .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('rr.public_id', '=', roundPublicId(FULL_ROUND_YEAR))
        .executeTakeFirstOrThrow();
      const url = `${app.baseUrl}/api/reporting-rounds/${roundPublicId(FULL_ROUND_YEAR)}/export?format=xlsx`;
      const before = app.rssBytes();
      let peak = before;
      const sampler = setInterval(() => {
        peak = Math.max(peak, app.rssBytes());
      }, RSS_SAMPLE_MS);
      const durations: number[] = [];
      try {
        for (let run = 0; run < repetitions(context, 3); run += 1) {
          const startedAt = performance.now();
          const response = await fetch(url, { headers: session.headers });
          const file = await response.arrayBuffer();
          if (response.status !== 200 || file.byteLength === 0)
            throw new Error(`export answered ${response.status}`);
          durations.push(performance.now() - startedAt);
        }
      } finally {
        clearInterval(sampler);
      }
      return [
        {
          name: 'export.xlsx',
          ...percentiles(durations),
          rss_mb: megabytes(peak),
          note: `${Number(rows.count).toLocaleString('en')} rows; RSS growth ${megabytes(peak - before)} MB`,
        },
      ];
    }),
};
