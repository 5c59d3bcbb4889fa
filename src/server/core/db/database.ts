import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseDialect } from '../config.js';
import { prepareRepeatedStatements } from './prepared-statements.js';
import type { Database } from './schema.js';
import { startSqliteCheckpointer } from './sqlite-checkpointer.js';
import { createSqliteReader } from './sqlite-reader.js';
import { withStatementCache } from './statement-cache.js';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /**
   * Where the long reads of a round's export run: a SQLite reading thread for the server (see
   * `createSqliteReader`), the same connections as `db` otherwise.
   */
  reader: Kysely<Database>;
  dialect: DatabaseDialect;
  destroy(): Promise<void>;
}

const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;
const PG_DATE = 1082;
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * Both dialects hand rows to the application in the same shape: timestamps as ISO-8601 UTC
 * strings (SQLite stores them as text), dates as 'YYYY-MM-DD', counts as numbers.
 */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    switch (oid) {
      case PG_TIMESTAMPTZ:
      case PG_TIMESTAMP:
        return (value: string) => new Date(oid === PG_TIMESTAMP ? `${value}Z` : value).toISOString();
      case PG_DATE:
        return (value: string) => value;
      case PG_INT8:
      case PG_NUMERIC:
        return (value: string) => Number(value);
      default:
        return pg.types.getTypeParser(oid, format);
    }
  },
} as pg.CustomTypesConfig;

export function sqliteFilename(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, '');
}

export interface DatabaseOptions {
  /**
   * SQLite only: checkpoint the write-ahead log on a thread of its own (see `startSqliteCheckpointer`),
   * for the long-running server. Tools and tests leave checkpoints to the commits.
   */
  checkpointOnOwnThread?: boolean;
  /** SQLite only: read exports on a thread of their own (see `createSqliteReader`), for the server. */
  longReadsOnOwnThread?: boolean;
}

export function createDatabase(
  url: string,
  dialect: DatabaseDialect,
  options: DatabaseOptions = {},
): DatabaseHandle {
  return dialect === 'postgres' ? createPostgres(url) : createSqlite(sqliteFilename(url), options);
}

function createSqlite(filename: string, options: DatabaseOptions): DatabaseHandle {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const database = new SqliteDatabase(filename);
  database.pragma('journal_mode = WAL');
  // NORMAL keeps every committed transaction across a process crash; only a power loss can drop the last ones.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  const checkpointer =
    options.checkpointOnOwnThread && filename !== ':memory:' ? startSqliteCheckpointer(database) : undefined;
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
  const reader =
    options.longReadsOnOwnThread && filename !== ':memory:' ? createSqliteReader(filename) : undefined;
  return {
    db,
    reader: reader ?? db,
    dialect: 'sqlite',
    destroy: async () => {
      await reader?.destroy();
      await checkpointer?.stop();
      await db.destroy();
    },
  };
}

function createPostgres(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    types: pgTypes,
  });
  // A client losing its server must not crash the process: the failure already reaches the query in
  // flight (answered 503), and the pool drops the dead client instead of reusing it.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareRepeatedStatements(client);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, reader: db, dialect: 'postgres', destroy: () => db.destroy() };
}
