import { type Kysely, sql } from 'kysely';
import { columnTypes } from '../core/db/column-types.js';

/**
 * On PostgreSQL, one call appends a row to the audit chain: it takes the chain's lock, reads the last
 * hash and inserts the row with its hash, all inside the database. Done from the application, the
 * lock was held across three round trips and the writer's turns on a busy event loop, and every
 * audited write of every node queued behind it. The hashed material is the application's
 * (`chainHash` in core/audit/audit.ts): `["<previous hash>",` followed by the row's fields as JSON,
 * which the application sends as `tail`. SQLite serialises writers by itself and needs no function.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (columnTypes(db).dialect !== 'postgres') return;
  await sql`create function audit_append(
      at timestamptz, actor_account_id integer, action text, entity_type text, entity_id text,
      before_json text, after_json text, request_id text, tail text
    ) returns void language plpgsql volatile as $$
    declare
      previous text;
    begin
      perform pg_advisory_xact_lock(hashtext('audit_log'));
      select a.hash into previous from audit_log a order by a.id desc limit 1;
      previous := coalesce(previous, repeat('0', 64));
      insert into audit_log (at, actor_account_id, action, entity_type, entity_id, before_json,
          after_json, request_id, prev_hash, hash)
        values (at, actor_account_id, action, entity_type, entity_id, before_json, after_json,
          request_id, previous, encode(sha256(convert_to('["' || previous || '",' || tail, 'UTF8')), 'hex'));
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (columnTypes(db).dialect === 'postgres') await sql`drop function audit_append`.execute(db);
}
