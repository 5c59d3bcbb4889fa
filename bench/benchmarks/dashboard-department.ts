import { OPEN_ROUND_YEAR, roundPublicId } from '../data/reporting-history.js';
import { onEachDatabase } from '../support/dataset-app.js';
import { fetchOk, timeRepeatedly } from '../support/load.js';
import { HANOI_DEPARTMENT, unitByCode } from '../support/lookups.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { signIn } from '../support/sessions.js';

/**
 * What a Sở dashboard loads at once, fetched in parallel as the browser does: the open round with its
 * counts, the live roll-up over the province and the first page of its reports.
 */
export const dashboardDepartment: Benchmark = {
  name: 'dashboard.department',
  run: (context) =>
    onEachDatabase(context, async ({ app, database }) => {
      const session = await signIn(app.baseUrl, 'so.hanoi');
      const unit = await unitByCode(database.db, HANOI_DEPARTMENT);
      const round = roundPublicId(OPEN_ROUND_YEAR);
      const paths = [
        `/api/reporting-rounds/${round}`,
        `/api/rollups?round=${round}&unit=${unit.public_id}`,
        `/api/reports?round=${round}&limit=100`,
      ];
      const load = () =>
        Promise.all(paths.map((path) => fetchOk(`${app.baseUrl}${path}`, { headers: session.headers })));
      await load();
      const durations = await timeRepeatedly(repetitions(context, 40), load);
      return [
        {
          name: 'dashboard.department',
          ...percentiles(durations),
          note: 'round + roll-up + first page of reports (no dashboard endpoint yet)',
        },
      ];
    }),
};
