import { createHash } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';

export interface AuditEntry {
  actorAccountId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

interface ChainedFields {
  at: string;
  actor_account_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
}

/**
 * What a row's hash covers after the previous hash: its own fields, as the rest of the JSON array
 * `[previous hash, ...fields]` (the database appends with this too, see migration 0013).
 */
function chainTail(row: ChainedFields): string {
  const fields = JSON.stringify([
    row.at,
    row.actor_account_id,
    row.action,
    row.entity_type,
    row.entity_id,
    row.before_json,
    row.after_json,
    row.request_id,
  ]);
  return fields.slice(1);
}

/** The hash of a row covers the previous row's hash and its own fields. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  return createHash('sha256')
    .update(`["${prevHash}",${chainTail(row)}`)
    .digest('hex');
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export type AuditWriter = (trx: Transaction<Database>, entry: AuditEntry) => Promise<void>;

/**
 * Appends to the audit chain inside the caller's transaction, so a change and its record commit
 * together. On PostgreSQL the database appends (lock, last hash, insert) in one call, the lock
 * ordering concurrent writers until they commit; SQLite serialises writers by itself.
 */
export function createAuditWriter(clock: Clock, dialect: 'sqlite' | 'postgres'): AuditWriter {
  return async (trx, entry) => {
    const row: ChainedFields = {
      at: clock.now().toISOString(),
      actor_account_id: entry.actorAccountId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before_json: toJson(entry.before),
      after_json: toJson(entry.after),
      request_id: entry.requestId ?? null,
    };
    if (dialect === 'postgres') {
      await sql`select audit_append(${row.at}, ${row.actor_account_id}, ${row.action}, ${row.entity_type},
        ${row.entity_id}, ${row.before_json}, ${row.after_json}, ${row.request_id}, ${chainTail(row)})`.execute(
        trx,
      );
      return;
    }
    const last = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const prevHash = last?.hash ?? GENESIS_HASH;
    await trx
      .insertInto('audit_log')
      .values({ ...row, prev_hash: prevHash, hash: chainHash(prevHash, row) })
      .execute();
  };
}

export type AuditVerdict =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenRowId: number; reason: string };

/** Walks the chain in order, in pages, and names the first row whose link or content does not match. */
export async function verifyAuditChain(db: Kysely<Database>, pageSize = 5000): Promise<AuditVerdict> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const row of page) {
      if (row.prev_hash !== prevHash) {
        return {
          ok: false,
          rows,
          brokenRowId: row.id,
          reason: 'previous-hash link does not match (a row before it was removed or altered)',
        };
      }
      if (chainHash(row.prev_hash, row) !== row.hash) {
        return {
          ok: false,
          rows,
          brokenRowId: row.id,
          reason: 'content does not match its hash (the row was altered)',
        };
      }
      prevHash = row.hash;
      afterId = row.id;
      rows += 1;
    }
    if (page.length < pageSize) return { ok: true, rows };
  }
}
