import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditWriter, verifyAuditChain } from '../../src/server/core/audit/audit.js';
import { createAccount, TEST_PASSWORD } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const db = () => t.database.handle.db;

describe('the audit log', () => {
  it('records a change in the same transaction as the change', async () => {
    const account = await createAccount(t.app);
    const rows = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', account.publicId)
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({ action: 'account.created', entity_type: 'account', before_json: null }),
    ]);
    expect(JSON.parse(rows[0]?.after_json ?? '{}')).toMatchObject({ username: account.username });
  });

  it('writes nothing when the change is rolled back', async () => {
    const audit = createAuditWriter(t.clock, t.database.dialect);
    const before = await db()
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          await audit(trx, {
            actorAccountId: null,
            action: 'test.rolled_back',
            entityType: 'test',
            entityId: 'x',
          });
          throw new Error('the change failed');
        }),
    ).rejects.toThrow('the change failed');
    const after = await db()
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('records who signed in, from which request', async () => {
    const account = await createAccount(t.app);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    const row = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'account.sign_in')
      .where('entity_id', '=', account.publicId)
      .executeTakeFirstOrThrow();
    expect(row.request_id).toBe(response.headers['x-request-id']);
    expect(row.actor_account_id).not.toBeNull();
  });

  it('keeps an intact hash chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 8 }, () => createAccount(t.app)));
    const verdict = await verifyAuditChain(db());
    expect(verdict).toEqual({ ok: true, rows: expect.any(Number) });
  });

  it('chains any text alike: Vietnamese, quotes, control characters, emoji, nothing at all', async () => {
    const audit = createAuditWriter(t.clock, t.database.dialect);
    await db()
      .transaction()
      .execute(async (trx) => {
        await audit(trx, {
          actorAccountId: null,
          action: 'test.text',
          entityType: 'test',
          entityId: 'Trường THCS "Hoàng Mai"',
          before: { name: 'Kế hoạch số 12/KH-UBND\n\t\u0001 \\ — 😀' },
          after: null,
          requestId: null,
        });
      });
    expect(await verifyAuditChain(db())).toEqual({ ok: true, rows: expect.any(Number) });
  });

  it('refuses updates and deletes from the application', async () => {
    await expect(db().updateTable('audit_log').set({ action: 'rewritten' }).execute()).rejects.toThrow(
      /append-only/,
    );
    await expect(db().deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('names the first row whose content was altered behind its back', async () => {
    const client = await new HttpClient(t.app).signIn((await createAccount(t.app)).username, TEST_PASSWORD);
    await client.post('/api/auth/sign-out');
    const target = await db()
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(2)
      .limit(1)
      .executeTakeFirstOrThrow();

    await withoutAppendOnlyGuard(async () => {
      await db()
        .updateTable('audit_log')
        .set({ after_json: '{"forged":true}' })
        .where('id', '=', target.id)
        .execute();
    });

    const verdict = await verifyAuditChain(db(), 3);
    expect(verdict).toMatchObject({ ok: false, brokenRowId: target.id, rows: 2 });
  });
});

/** Simulates someone with direct database access lifting the append-only triggers. */
async function withoutAppendOnlyGuard(action: () => Promise<void>): Promise<void> {
  if (t.database.dialect === 'postgres') {
    await sql`alter table audit_log disable trigger audit_log_no_rewrite`.execute(db());
    await action();
    await sql`alter table audit_log enable trigger audit_log_no_rewrite`.execute(db());
    return;
  }
  await sql`drop trigger audit_log_no_update`.execute(db());
  await action();
}
