import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseDialect } from '../../src/server/core/config.js';
import { createDatabase, type DatabaseHandle } from '../../src/server/core/db/database.js';
import { migrateToLatest } from '../../src/server/core/db/migrate.js';

export const testDialect: DatabaseDialect = process.env.TEST_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  url: string;
  dialect: DatabaseDialect;
  handle: DatabaseHandle;
  /** Closes the connection and removes the database. */
  drop(): Promise<void>;
}

async function withAdminClient<T>(action: (client: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of the dialect under test, private to the calling test file. */
export async function createTestDatabase(options: { sqliteFile?: string } = {}): Promise<TestDatabase> {
  if (testDialect === 'sqlite') {
    const url = options.sqliteFile ?? ':memory:';
    const handle = createDatabase(url, 'sqlite');
    await migrateToLatest(handle.db);
    return { url, dialect: 'sqlite', handle, drop: () => handle.destroy() };
  }
  const name = `mangxanh_test_${randomBytes(6).toString('hex')}`;
  // Vietnamese collation, as a deployment here would have: SQL that relies on byte order (path ranges
  // ending in '~') must say so with `collate "C"`, or these tests fail.
  await withAdminClient((client) =>
    client.query(`create database ${name} locale_provider icu icu_locale 'vi-VN' template template0`),
  );
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `/${name}`;
  const handle = createDatabase(url.toString(), 'postgres');
  await migrateToLatest(handle.db);
  return {
    url: url.toString(),
    dialect: 'postgres',
    handle,
    async drop() {
      await handle.destroy();
      await withAdminClient((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
