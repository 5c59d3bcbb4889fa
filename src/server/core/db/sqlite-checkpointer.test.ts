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

  it('keeps the log short under a steady stream of commits', () => {
    // 96 MB through the log, 32 KB a commit and a millisecond of other work between commits, as a busy
    // server has: left to passive checkpoints alone the log never started over and held all of it.
    const rewrite = database.prepare('insert or replace into payloads (rowid, body) values (?, ?)');
    const body = Buffer.alloc(32 * 1024, 3);
    const otherWork = new Int32Array(new SharedArrayBuffer(4));
    let largestLog = 0;
    for (let commit = 0; commit < 3000; commit += 1) {
      rewrite.run(commit % 16, body);
      Atomics.wait(otherWork, 0, 0, 1);
      if (commit % 50 === 0) largestLog = Math.max(largestLog, statSync(`${filename}-wal`).size);
    }
    expect(largestLog).toBeLessThan(40 * MEGABYTE);
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
