import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import {
  openHanoiSchoolRound,
  reportIdOfUnit,
  rollupFromReports,
} from '../../../../test/support/reporting-fixtures.js';
import { testDialect } from '../../../../test/support/test-database.js';
import type { Report, ReportForm, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { migrations } from '../../migrations/index.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode, MINISTRY_CODE } from '../../seed/national-units.js';
import { createRollupCells, vacuumPendingCells } from './rollup-cells.js';

/**
 * The roll-ups of a Sở and of the ministry are read from cells kept up to date by each submission,
 * return and approval. Two schools of Phường Hoàng Mai report in a Hà Nội school round; after every
 * step the Sở's roll-up must be what the reports themselves add up to.
 */
let t: DemoApp;
let admin: HttpClient;
let sở: HttpClient;
let ward: HttpClient;
let form: ReportForm;
let round: ReportingRound;
let hanoi: string;
let ministry: string;
let schoolA: { client: HttpClient; reportId: string };
let schoolB: { client: HttpClient; reportId: string };

const fieldIds = () => {
  const [units, people, count] = form.fields.map((field) => field.indicatorId as string);
  return { units, people, count } as Record<'units' | 'people' | 'count', string>;
};

async function fillAndSubmit(school: typeof schoolA, values: Record<string, unknown>) {
  const { version } = (await school.client.get(`/api/reports/${school.reportId}`)).json<Report>();
  expect((await school.client.put(`/api/reports/${school.reportId}`, { version, values })).statusCode).toBe(
    200,
  );
  expect((await school.client.post(`/api/reports/${school.reportId}/submit`)).statusCode).toBe(200);
}

/** The pending changes' table's size on disk (PostgreSQL). */
async function pendingChangesBytes(): Promise<number> {
  const size = sql<string>`pg_relation_size('rollup_cell_changes')`;
  const { rows } = await sql<{ bytes: string }>`select ${size} as bytes`.execute(t.database.handle.db);
  return Number(rows[0]?.bytes);
}

async function pendingChanges(): Promise<number> {
  const { count } = await t.database.handle.db
    .selectFrom('rollup_cell_changes')
    .select((eb) => eb.fn.countAll().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

async function rollupOf(client: HttpClient, unit: string): Promise<Rollup> {
  const response = await client.get(`/api/rollups?round=${round.id}&unit=${unit}`);
  expect(response.statusCode).toBe(200);
  return response.json<Rollup>();
}

async function expectSởRollupAsReported(expected: {
  reported: number;
  count: number | null;
  people: number | null;
}) {
  const rollup = await rollupOf(sở, hanoi);
  expect(rollup.indicators).toEqual(await rollupFromReports(t, round.id, hanoi));
  const ids = fieldIds();
  const byId = new Map(rollup.indicators.map((row) => [row.indicatorId, row]));
  expect(byId.get(ids.count)).toMatchObject({ unitsReported: expected.reported, value: expected.count });
  expect(byId.get(ids.people)).toMatchObject({ value: expected.people });
}

async function schoolOf(unitId: string, client?: HttpClient) {
  const { code } = (await admin.get(`/api/org-units/${unitId}`)).json<{ code: string }>();
  const reporter =
    client ??
    (await (async () => {
      const account = await createAccount(t.app, { unitCode: code, roles: ['reporter'] });
      return new HttpClient(t.app).signIn(account.username, account.password);
    })());
  return { client: reporter, reportId: await reportIdOfUnit(reporter, round.id, unitId) };
}

beforeAll(async () => {
  t = await startDemoApp();
  admin = await t.signIn('admin');
  [sở, ward] = await Promise.all([t.signIn('so.hanoi'), t.signIn('xa.hoangmai')]);
  ({ form, round } = await openHanoiSchoolRound(t, { admin, sở }));
  [hanoi, ministry] = await Promise.all([t.unitId(departmentCode('01')), t.unitId(MINISTRY_CODE)]);
  const principalSchool = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
  const { items } = (await ward.get(`/api/reports?round=${round.id}&limit=500`)).json<{
    items: { unit: { id: string } }[];
  }>();
  const otherSchool = items.find((item) => item.unit.id !== principalSchool)?.unit.id;
  if (!otherSchool) throw new Error('Phường Hoàng Mai has a single school');
  schoolA = await schoolOf(principalSchool, await t.signIn('truong.hoangmai'));
  schoolB = await schoolOf(otherSchool);
});
afterAll(() => t.close());

describe('roll-ups kept up to date by the reporting workflow', () => {
  it('counts nothing before anyone submits, every school expected', async () => {
    const rollup = await rollupOf(sở, hanoi);
    expect(rollup.indicators).toEqual(await rollupFromReports(t, round.id, hanoi));
    expect(rollup.indicators[0]?.unitsExpected).toBeGreaterThan(2);
    await expectSởRollupAsReported({ reported: 0, count: null, people: null });
  });

  it('shows a submission in the ministry’s roll-up at once', async () => {
    const ids = fieldIds();
    await fillAndSubmit(schoolA, {
      [ids.units]: true,
      [ids.people]: { numerator: 40, denominator: 50 },
      [ids.count]: 3,
    });
    const national = await rollupOf(admin, ministry);
    expect(national.indicators.find((row) => row.indicatorId === ids.count)).toMatchObject({
      unitsReported: 1,
      value: 3,
    });
    expect(national.indicators).toEqual((await rollupOf(sở, hanoi)).indicators);
    await expectSởRollupAsReported({ reported: 1, count: 3, people: 80 });
  });

  it('adds a second school, and takes a returned report away until it is submitted again', async () => {
    const ids = fieldIds();
    await fillAndSubmit(schoolB, {
      [ids.units]: false,
      [ids.people]: { numerator: 10, denominator: 20 },
      [ids.count]: 2,
    });
    await expectSởRollupAsReported({ reported: 2, count: 5, people: 71.43 });
    const units = (await rollupOf(sở, hanoi)).indicators.find((row) => row.indicatorId === ids.units);
    expect(units).toMatchObject({ value: 50, unitsMeetingTarget: 1 });

    const returned = await ward.post(`/api/reports/${schoolA.reportId}/return`, {
      reason: 'Số buổi ngoại khóa chưa đúng.',
    });
    expect(returned.statusCode).toBe(200);
    await expectSởRollupAsReported({ reported: 1, count: 2, people: 50 });

    await fillAndSubmit(schoolA, { [ids.count]: 7 });
    await expectSởRollupAsReported({ reported: 2, count: 9, people: 71.43 });
  });

  it('keeps an approved report counted once, at every level of approval', async () => {
    expect((await ward.post(`/api/reports/${schoolA.reportId}/approve`)).statusCode).toBe(200);
    await expectSởRollupAsReported({ reported: 2, count: 9, people: 71.43 });
    const approved = await sở.post(`/api/reports/${schoolA.reportId}/approve`);
    expect(approved.json<Report>().status).toBe('approved');
    await expectSởRollupAsReported({ reported: 2, count: 9, people: 71.43 });
    expect((await rollupOf(admin, ministry)).indicators).toEqual((await rollupOf(sở, hanoi)).indicators);
  });

  it('folds the pending changes into the cells without changing a roll-up, and counts on after', async () => {
    const before = await rollupOf(sở, hanoi);
    const nationalBefore = await rollupOf(admin, ministry);
    expect(await pendingChanges()).toBeGreaterThan(0);

    expect(await t.app.services.rollupCellFolder.foldPending()).toBe(true);
    expect(await pendingChanges()).toBe(0);
    expect(await rollupOf(sở, hanoi)).toEqual(before);
    expect(await rollupOf(admin, ministry)).toEqual(nationalBefore);
    expect(await t.app.services.rollupCellFolder.foldPending()).toBe(false);
    await expect(vacuumPendingCells(t.database.handle.db)).resolves.toBeUndefined();

    const returned = await ward.post(`/api/reports/${schoolB.reportId}/return`, { reason: 'Thiếu số liệu.' });
    expect(returned.statusCode).toBe(200);
    await expectSởRollupAsReported({ reported: 1, count: 7, people: 80 });
  });

  it('keeps the pending changes through migration 0015 and back: a roll-up reads the same after both', async () => {
    const migrator = new Migrator({
      db: t.database.handle.db,
      provider: { getMigrations: async () => migrations },
    });
    const before = await rollupOf(sở, hanoi);
    expect(await pendingChanges()).toBeGreaterThan(0);

    const down = await migrator.migrateTo('0014_plan_cascade_counts');
    expect(down.error).toBeUndefined();
    expect(down.results?.at(-1)?.migrationName).toBe('0015_rollup_cell_changes');
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();

    expect(await pendingChanges()).toBe(0);
    expect(await rollupOf(sở, hanoi)).toEqual(before);
    await expectSởRollupAsReported({ reported: 1, count: 7, people: 80 });
  });

  it.runIf(testDialect === 'postgres')(
    'keeps the folded changes’ pages through a vacuum, to reuse',
    async () => {
      await fillAndSubmit(schoolB, { [fieldIds().count]: 2 });
      expect(await pendingChanges()).toBeGreaterThan(0);
      await t.app.services.rollupCellFolder.foldPending();
      await vacuumPendingCells(t.database.handle.db);

      expect(await pendingChanges()).toBe(0);
      expect(await pendingChangesBytes()).toBeGreaterThan(0);
    },
  );

  it('recounts a round’s cells from its reports and their values to the same roll-ups', async () => {
    const before = await rollupOf(sở, hanoi);
    const nationalBefore = await rollupOf(admin, ministry);
    const { db } = t.database.handle;
    const stored = await db
      .selectFrom('reporting_rounds')
      .select('id')
      .where('public_id', '=', round.id)
      .executeTakeFirstOrThrow();

    await db.transaction().execute((trx) => createRollupCells(db).refillRollupCells(trx, stored.id));

    expect(await pendingChanges()).toBe(0);
    expect(await rollupOf(sở, hanoi)).toEqual(before);
    expect(before.indicators).toEqual(await rollupFromReports(t, round.id, hanoi));
    expect(await rollupOf(admin, ministry)).toEqual(nationalBefore);
  });
});
