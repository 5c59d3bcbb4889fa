import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';
import type { Dialect } from './dialect-sql.js';

/**
 * Runs a bulk load in one transaction without foreign-key checks (every referenced row is inserted
 * first) and, on PostgreSQL, with the value table's primary key built once at the end instead of row
 * by row. The schema is the migrations' again when it returns.
 */
export async function withBulkLoad<T>(
  db: Kysely<Database>,
  dialect: Dialect,
  load: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  if (dialect === 'sqlite') await sql`pragma foreign_keys = off`.execute(db);
  const result = await db.transaction().execute(async (trx) => {
    if (dialect === 'postgres') {
      await sql`set local session_replication_role = replica`.execute(trx);
      await sql`set local maintenance_work_mem = '512MB'`.execute(trx);
      await sql`alter table report_values drop constraint report_values_pk`.execute(trx);
    }
    const loaded = await load(trx);
    if (dialect === 'postgres') {
      await sql`alter table report_values add constraint report_values_pk primary key (report_id, field_id)`.execute(
        trx,
      );
    }
    return loaded;
  });
  if (dialect === 'sqlite') await sql`pragma foreign_keys = on`.execute(db);
  return result;
}
