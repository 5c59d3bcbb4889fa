import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type App, buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/server/core/config.js';
import type { DatabaseHandle } from '../../src/server/core/db/database.js';
import { createTestClock, type TestClock } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: App;
  database: TestDatabase;
  clock: TestClock;
  /** The private directory the app stores attachments in. */
  attachmentDirectory: string;
  close(): Promise<void>;
}

/** Builds the real app over a private database of the dialect under test, with a controllable clock. */
export async function startTestApp(
  options: { database?: DatabaseHandle; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = createTestClock();
  const attachmentDirectory = await mkdtemp(join(tmpdir(), 'mangxanh-attachments-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    MANGXANH_WEB_ROOT: './dist/web',
    MANGXANH_ATTACHMENT_DIR: attachmentDirectory,
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
    attachmentDirectory,
    async close() {
      await app.close();
      await database.drop();
      await rm(attachmentDirectory, { recursive: true, force: true });
    },
  };
}
