import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/server/core/db/database.js';
import { startTcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('answers 200 with the database dialect and the version, without signing in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: testDialect,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
  });
});

describe.runIf(testDialect === 'postgres')('when the PostgreSQL server goes away and comes back', () => {
  it('answers 503 while it is gone, fails requests cleanly, and recovers without a restart', async () => {
    const server = new URL(t.database.url);
    const proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    const viaProxy = new URL(t.database.url);
    viaProxy.port = String(proxy.port);
    const database = createDatabase(viaProxy.toString(), 'postgres');
    const app = await startTestApp({ database });
    const health = () => app.app.inject({ method: 'GET', url: '/api/health' });

    expect((await health()).statusCode).toBe(200);

    await proxy.cut();
    const down = await health();
    expect(down.statusCode).toBe(503);
    expect(down.json().code).toBe('database_unavailable');
    const signIn = await app.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { username: 'someone', password: 'whatever-it-is' },
    });
    expect(signIn.statusCode).toBe(503);
    expect(signIn.json().code).toBe('database_unavailable');

    await proxy.restore();
    expect((await health()).statusCode).toBe(200);

    await app.close();
    await database.destroy();
    await proxy.cut();
  });
});
