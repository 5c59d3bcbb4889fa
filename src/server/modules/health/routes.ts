import { sql } from 'kysely';
import { healthSchema } from '../../../contract/health.js';
import type { DatabaseHandle } from '../../core/db/database.js';
import { HttpProblem } from '../../core/http/problem.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { appVersion } from '../../core/version.js';

export function registerHealthRoutes(registrar: RouteRegistrar, database: DatabaseHandle): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/health',
    summary: 'Liveness and database reachability, for load balancers and monitoring',
    tag: 'system',
    access: 'public',
    response: healthSchema,
    problems: ['database_unavailable'],
    async handler({ request }) {
      try {
        await sql`select 1`.execute(database.db);
      } catch (error) {
        request.log.warn({ err: error }, 'health check: database not answering');
        throw new HttpProblem('database_unavailable', 'The database is not answering.');
      }
      return { status: 'ok' as const, database: database.dialect, version: appVersion };
    },
  });
}
