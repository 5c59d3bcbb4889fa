import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from './schema.js';
import { createSqliteReader } from './sqlite-reader.js';

describe('the SQLite reading thread', () => {
  let folder: string;
  let database: SqliteDatabase.Database;
  let reader: Kysely<Database>;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'mangxanh-reader-'));
    const filename = join(folder, 'app.sqlite');
    database = new SqliteDatabase(filename);
    database.pragma('journal_mode = WAL');
    database.exec(`create table org_units (id integer primary key, name text not null);
      insert into org_units (name) values ('Sở GD&ĐT Hà Nội'), ('Phường Hoàng Mai')`);
    reader = createSqliteReader(filename);
  });
  afterEach(async () => {
    await reader.destroy();
    database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers a query with the rows the server’s connection committed, parameters included', async () => {
    const rows = await reader.selectFrom('org_units').select(['id', 'name']).where('id', '=', 2).execute();
    expect(rows).toEqual([{ id: 2, name: 'Phường Hoàng Mai' }]);
  });

  it('sees what is committed after it started, each query being a snapshot of its own', async () => {
    const count = async () =>
      (
        await reader
          .selectFrom('org_units')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n;
    expect(await count()).toBe(2);
    database.prepare('insert into org_units (name) values (?)').run('Trường THCS Hoàng Mai');
    expect(await count()).toBe(3);
  });

  it('keeps the server’s thread free while a long query runs', async () => {
    let turns = 0;
    const ticking = setInterval(() => {
      turns += 1;
    }, 5);
    try {
      // A few hundred milliseconds of counting, which on the server's connection would hold the thread.
      const long = sql<{
        n: number;
      }>`with recursive c(i) as (select 1 union all select i + 1 from c where i < 3000000)
        select count(*) as n from c`.execute(reader);
      const { rows } = await long;
      expect(rows).toEqual([{ n: 3000000 }]);
    } finally {
      clearInterval(ticking);
    }
    expect(turns).toBeGreaterThan(1);
  });

  it('refuses to write, and goes on reading after', async () => {
    await expect(
      reader
        .insertInto('org_units')
        .values({ name: 'Ghi thử' } as never)
        .execute(),
    ).rejects.toThrow(/runs queries that answer rows/);
    await expect(reader.transaction().execute(async () => {})).rejects.toThrow(/only reads/);
    expect(await reader.selectFrom('org_units').select('name').execute()).toHaveLength(2);
  });

  it('reports an error of SQL to the query that caused it, with SQLite’s code', async () => {
    await expect(sql`select name from nowhere`.execute(reader)).rejects.toMatchObject({
      message: expect.stringMatching(/no such table: nowhere/),
      code: 'SQLITE_ERROR',
    });
  });

  it('fails the query when the thread cannot open the file, and starts again with the next one', async () => {
    const filename = join(folder, 'later.sqlite');
    const later = createSqliteReader(filename);
    try {
      await expect(sql`select 1 as one`.execute(later)).rejects.toThrow();
      new SqliteDatabase(filename).close();
      expect((await sql<{ one: number }>`select 1 as one`.execute(later)).rows).toEqual([{ one: 1 }]);
    } finally {
      await later.destroy();
    }
  });

  it('refuses queries once stopped', async () => {
    await reader.selectFrom('org_units').select('name').execute();
    await reader.destroy();
    await expect(reader.selectFrom('org_units').select('name').execute()).rejects.toThrow();
    reader = createSqliteReader(join(folder, 'app.sqlite'));
  });
});
