import { CURRENT_PLAN_NUMBER, planPublicId } from '../data/reporting-history.js';
import { endpointBenchmark } from '../support/endpoint-benchmark.js';

/** The ministry's live cascade status of its current plan: every Sở and school expected to implement it. */
export const cascadeStatus = endpointBenchmark({
  name: 'cascade.status',
  account: 'admin',
  path: async () => `/api/plans/${planPublicId(CURRENT_PLAN_NUMBER)}/cascade`,
  requests: 100,
  connections: 1,
});
