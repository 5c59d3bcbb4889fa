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

/** The hash of a row covers its own fields and the previous row's hash. */
export function chainHash(prevHash: string, row: ChainedFields): string {
  const material = JSON.stringify([
    prevHash,
    row.at,
    row.actor_account_id,
    row.action,
    row.entity_type,
    row.entity_id,
    row.before_json,
    row.after_json,
    row.request_id,
  ]);
  return createHash('sha256').update(material).digest('hex');
}

const toJson = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

export type AuditWriter = (trx: Transaction<Database>, entry: AuditEntry) => Promise<void>;

/**
 * Appends to the audit chain inside the caller's transaction, so a change and its record commit
 * together. On PostgreSQL a transaction-scoped advisory lock orders concurrent writers; SQLite
 * serialises writers by itself.
 */
export function createAuditWriter(clock: Clock, dialect: 'sqlite' | 'postgres'): AuditWriter {
  return async (trx, entry) => {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('audit_log'))`.execute(trx);
    const last = await trx
      .selectFrom('audit_log')
      .select('hash')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
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
