import { OPEN_ROUND_YEAR, roundPublicId } from '../data/reporting-history.js';
import { onEachDatabase } from '../support/dataset-app.js';
import { requestOk, timeRepeatedly } from '../support/load.js';
import { HANOI_DEPARTMENT, unitByCode } from '../support/lookups.js';
import { repetitions } from '../support/repetitions.js';
import { type Benchmark, percentiles } from '../support/result.js';
import { signIn } from '../support/sessions.js';

/**
 * What the Sở dashboard (/tong-quan) loads at once, fetched in parallel as the browser does: the rounds
 * to choose from, completeness per commune, the live roll-up over the province, the trend across the
 * rounds of the plan and the first page of late or missing units.
 */
export const dashboardDepartment: Benchmark = {
  name: 'dashboard.department',
  run: (context) =>
    onEachDatabase(context, async ({ app, database }) => {
      const session = await signIn(app.baseUrl, 'so.hanoi');
      const unit = await unitByCode(database.db, HANOI_DEPARTMENT);
      const round = roundPublicId(OPEN_ROUND_YEAR);
      const scope = `unit=${unit.public_id}`;
      const paths = [
        '/api/reporting-rounds',
        `/api/reporting-rounds/${round}/completeness?${scope}`,
        `/api/rollups?round=${round}&${scope}`,
        `/api/reporting-rounds/${round}/trend?${scope}`,
        `/api/reporting-rounds/${round}/outstanding?${scope}&limit=200`,
      ];
      const load = () =>
        Promise.all(paths.map((path) => requestOk(`${app.baseUrl}${path}`, { headers: session.headers })));
      await load();
      const durations = await timeRepeatedly(repetitions(context, 40), load);
      return [
        {
          name: 'dashboard.department',
          ...percentiles(durations),
          note: 'rounds + completeness + roll-up + trend + late/missing, in parallel',
        },
      ];
    }),
};
