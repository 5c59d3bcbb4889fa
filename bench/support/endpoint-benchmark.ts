import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';
import { onEachDatabase } from './dataset-app.js';
import { loadGet } from './load.js';
import { repetitions } from './repetitions.js';
import type { Benchmark } from './result.js';
import { signIn } from './sessions.js';

export interface EndpointRead {
  name: string;
  /** The demo account that reads it. */
  account: string;
  /** The path and query to GET, looked up in the dataset. */
  path: (db: Kysely<Database>) => Promise<string>;
  /** Requests in all (a few in smoke mode) and in flight at once. */
  requests: number;
  connections: number;
}

/** Latency and throughput of one GET endpoint as a signed-in user reads it, after a short warm-up. */
export function endpointBenchmark(read: EndpointRead): Benchmark {
  return {
    name: read.name,
    run: (context) =>
      onEachDatabase(context, async ({ app, database }) => {
        const session = await signIn(app.baseUrl, read.account);
        const url = `${app.baseUrl}${await read.path(database.db)}`;
        await loadGet({ url, headers: session.headers, connections: 1, amount: 2 });
        const measured = await loadGet({
          url,
          headers: session.headers,
          connections: read.connections,
          amount: repetitions(context, read.requests),
        });
        return [{ name: read.name, ...measured }];
      }),
  };
}
