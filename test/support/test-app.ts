import { type App, buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/core/config.js';
import type { DatabaseHandle } from '../../src/server/core/db/database.js';
import { createTestClock, type TestClock } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: App;
  database: TestDatabase;
  clock: TestClock;
  close(): Promise<void>;
}

/** Builds the real app over a private database of the dialect under test, with a controllable clock. */
export async function startTestApp(
  options: { database?: DatabaseHandle; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = createTestClock();
  const config = loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    MANGXANH_WEB_ROOT: './dist/web',
    ...options.env,
  });
  const app = await buildApp({
    config,
    database: options.database ?? database.handle,
    clock,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
