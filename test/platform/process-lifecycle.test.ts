import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/core/audit/audit.js';
import { startServerProcess } from '../support/server-process.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const DEMO_PASSWORD = 'song-hong-chay-mai';

let database: TestDatabase | undefined;
afterEach(async () => {
  await database?.drop();
  database = undefined;
});

async function freshDatabase(): Promise<TestDatabase> {
  database = await createTestDatabase({
    sqliteFile: join(mkdtempSync(join(tmpdir(), 'mangxanh-')), 'app.sqlite'),
  });
  return database;
}

const serverEnv = (url: string) => ({
  DATABASE_URL: url,
  MANGXANH_DEMO: '1',
  MANGXANH_DEMO_PASSWORD: DEMO_PASSWORD,
});

const signIn = (baseUrl: string) =>
  fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });

// Each test starts the server from source, which takes seconds on a busy machine.
describe('the server process', { timeout: 90_000 }, () => {
  it('on SIGTERM finishes the requests in flight, then exits cleanly', async () => {
    const { url } = await freshDatabase();
    const server = await startServerProcess(serverEnv(url));
    const inFlight = signIn(server.baseUrl);
    // Sign-in spends ~100 ms hashing, so the request is being handled when the signal lands.
    await new Promise((resolve) => setTimeout(resolve, 40));
    server.child.kill('SIGTERM');

    expect((await inFlight).status).toBe(200);
    expect(await server.exited).toBe(0);
  });

  it('killed with SIGKILL in the middle of writes, loses no committed write and leaves no half-written row', async () => {
    const { url, handle, dialect } = await freshDatabase();
    const server = await startServerProcess(serverEnv(url));
    const confirmed: string[] = [];
    const writers = Array.from({ length: 4 }, async () => {
      for (;;) {
        const response = await signIn(server.baseUrl).catch(() => null);
        if (response?.status !== 200) return;
        confirmed.push(((await response.json()) as { csrfToken: string }).csrfToken);
      }
    });
    while (confirmed.length < 12) await new Promise((resolve) => setTimeout(resolve, 10));
    server.child.kill('SIGKILL');
    await Promise.all(writers);
    expect(await server.exited).toBe('SIGKILL');

    const stored = await handle.db
      .selectFrom('sessions')
      .select('csrf_token')
      .where('csrf_token', 'in', confirmed)
      .execute();
    expect(stored).toHaveLength(confirmed.length);
    const signIns = await handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', 'account.sign_in')
      .executeTakeFirstOrThrow();
    const sessions = await handle.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(signIns.n)).toBe(Number(sessions.n));
    expect(await verifyAuditChain(handle.db)).toMatchObject({ ok: true });
    if (dialect === 'sqlite') {
      const integrity = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(handle.db);
      expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
    }
  });

  it('stops with a message naming the variable when the configuration is wrong', async () => {
    await expect(startServerProcess({ PORT: 'eighty' })).rejects.toThrow(/Configuration error: PORT/);
  });
});
