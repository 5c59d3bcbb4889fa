import { endpointBenchmark } from '../support/endpoint-benchmark.js';

/** The first page of the plans Sở Hà Nội sees (its own, the ministry's and its units' implementing plans). */
export const plansList = endpointBenchmark({
  name: 'plans.list',
  account: 'so.hanoi',
  path: async () => '/api/plans',
  requests: 200,
  connections: 1,
});
