import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type SqliteCheckpointer, startSqliteCheckpointer } from './sqlite-checkpointer.js';

const MEGABYTE = 1024 * 1024;

async function eventually(condition: () => boolean, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not so within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('SQLite checkpoints on a thread of their own', () => {
  let folder: string;
  let filename: string;
  let database: SqliteDatabase.Database;
  let checkpointer: SqliteCheckpointer;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mangxanh-checkpoints-'));
    filename = join(folder, 'app.sqlite');
    database = new SqliteDatabase(filename);
    database.pragma('journal_mode = WAL');
    database.exec('create table payloads (body blob not null)');
    checkpointer = startSqliteCheckpointer(database);
  });
  afterEach(async () => {
    await checkpointer.stop();
    if (database.open) database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('leaves the commits without checkpoints of their own', () => {
    expect(database.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  });

  it('copies committed pages into the database file soon after, well below SQLite’s own threshold', async () => {
    // One megabyte is a quarter of the log SQLite would let a commit fill before it checkpointed.
    database.prepare('insert into payloads (body) values (?)').run(Buffer.alloc(MEGABYTE, 7));
    await eventually(() => statSync(filename).size > MEGABYTE);
    const reader = new SqliteDatabase(filename, { readonly: true });
    expect(reader.prepare('select length(body) as size from payloads').get()).toEqual({ size: MEGABYTE });
    reader.close();
  });

  it('lets the server’s connection close last, which folds the log in and removes it', async () => {
    database.prepare('insert into payloads (body) values (?)').run(Buffer.alloc(1024, 1));
    await checkpointer.stop();
    database.close();
    expect(existsSync(`${filename}-wal`)).toBe(false);
    const reader = new SqliteDatabase(filename, { readonly: true });
    expect(reader.prepare('select count(*) as rows from payloads').get()).toEqual({ rows: 1 });
    reader.close();
  });
});
