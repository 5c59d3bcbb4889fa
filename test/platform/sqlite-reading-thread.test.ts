import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportingRound } from '../../src/contract/reporting/reports.js';
import { createDatabase, type DatabaseHandle } from '../../src/server/core/db/database.js';
import { migrateToLatest } from '../../src/server/core/db/migrate.js';
import { createReportingRepository } from '../../src/server/modules/reporting/repository.js';
import { roundExport } from '../../src/server/modules/reporting/round-export.js';
import { type DemoApp, startDemoApp } from '../support/demo-app.js';
import { testDialect } from '../support/test-database.js';

describe.runIf(testDialect === 'sqlite')('exports of a server on a SQLite file', () => {
  let folder: string;
  let database: DatabaseHandle;
  let t: DemoApp;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'mangxanh-reading-thread-'));
    database = createDatabase(join(folder, 'app.sqlite'), 'sqlite', { longReadsOnOwnThread: true });
    await migrateToLatest(database.db);
    t = await startDemoApp({ database });
  });
  afterAll(async () => {
    await t.close();
    await database.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('read on their own thread what the server’s connection would read', async () => {
    expect(database.reader).not.toBe(database.db);
    const admin = await t.signIn('admin');
    const { items } = (await admin.get('/api/reporting-rounds')).json<{ items: { id: string }[] }>();
    const rounds = await Promise.all(
      items.map(async (item) => (await admin.get(`/api/reporting-rounds/${item.id}`)).json<ReportingRound>()),
    );
    const round = rounds.toSorted((a, b) => b.counts.submitted - a.counts.submitted)[0];
    if (!round) throw new Error('the demo has no round');
    expect(round.counts.submitted).toBeGreaterThan(0);

    const response = await admin.get(`/api/reporting-rounds/${round.id}/export?format=csv`);
    expect(response.statusCode).toBe(200);

    const onServerConnection = createReportingRepository(database.db);
    const row = await onServerConnection.findRound(round.id);
    if (!row) throw new Error(`no round ${round.id}`);
    const expected = await buffer((await roundExport(onServerConnection, row, null, 'csv')) as Readable);
    expect(response.rawPayload.equals(expected)).toBe(true);
    expect(response.body.trim().split('\r\n')).toHaveLength(round.counts.expected + 1);

    // Without the reading connection the export has nothing to read with: it was read there.
    await database.reader.destroy();
    expect((await admin.get(`/api/reporting-rounds/${round.id}/export?format=csv`)).statusCode).toBe(500);
  });
});
