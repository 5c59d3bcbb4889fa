import { endpointBenchmark } from '../support/endpoint-benchmark.js';
import { HANOI_DEPARTMENT, unitByCode } from '../support/lookups.js';

/** The first page of the schools under Sở Hà Nội, with their total. */
export const orgSubtree = endpointBenchmark({
  name: 'org.subtree',
  account: 'so.hanoi',
  path: async (db) =>
    `/api/org-units?under=${(await unitByCode(db, HANOI_DEPARTMENT)).public_id}&kind=school`,
  requests: 200,
  connections: 1,
});
