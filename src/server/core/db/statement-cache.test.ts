import SqliteDatabase from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.js';

describe('the SQLite statement cache', () => {
  let raw: SqliteDatabase.Database;
  let database: ReturnType<typeof withStatementCache>;
  beforeEach(() => {
    raw = new SqliteDatabase(':memory:');
    raw.exec('create table t (n integer); insert into t values (1), (2), (3);');
    database = withStatementCache(raw);
  });
  afterEach(() => database.close());

  it('hands out the statement compiled the first time for the same text', () => {
    expect(database.prepare('select n from t where n > ?')).toBe(
      database.prepare('select n from t where n > ?'),
    );
  });

  it('compiles a fresh statement while the cached one is still being iterated', () => {
    const first = database.prepare('select n from t') as unknown as SqliteDatabase.Statement;
    const rows = first.iterate();
    rows.next();
    const second = database.prepare('select n from t');
    expect(second).not.toBe(first);
    expect((second as unknown as SqliteDatabase.Statement).all()).toHaveLength(3);
    rows.return?.();
  });

  it('drops the least recently used statement beyond 500', () => {
    const first = database.prepare('select 0');
    const second = database.prepare('select 1');
    for (let n = 2; n < 500; n += 1) database.prepare(`select ${n}`);
    // Used again, the first becomes the most recent; the 501st statement then pushes out the second.
    expect(database.prepare('select 0')).toBe(first);
    database.prepare('select 500');
    expect(database.prepare('select 0')).toBe(first);
    expect(database.prepare('select 1')).not.toBe(second);
  });
});
