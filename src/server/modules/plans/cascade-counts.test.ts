import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { OrgUnitList } from '../../../contract/org.js';
import type { CascadeStatus } from '../../../contract/plans/cascade.js';
import type { Plan } from '../../../contract/plans/plan.js';
import * as planCascadeCountsMigration from '../../migrations/0014_plan_cascade_counts.js';
import { PHUONG_HOANG_MAI_CODE } from '../../seed/demo.js';
import { departmentCode } from '../../seed/national-units.js';
import { schoolLevelLabels } from '../org/spreadsheet/unit-columns.js';
import { csvFile, unitRow, uploadUnits } from '../org/spreadsheet/unit-spreadsheet-test-support.js';
import { liveCascadeCounts, storedCascadeCounts } from './cascade-counts.js';
import { planDraft } from './plan-test-support.js';

/**
 * The cascade status reads counts kept by the writes (per plan, level and status). A Sở Hà Nội plan
 * is cascaded to the schools of Phường Hoàng Mai, which then issue, amend and close their
 * implementing plans; after every step each plan's stored counts must be what its requirements add
 * up to.
 */
let t: DemoApp;
let admin: HttpClient;
let hanoi: string;
let ward: string;
let plan: Plan;
/** Leaders of three schools of the ward, each issuing its own implementing plan. */
const leaders: Record<'mamNon' | 'tieuHoc' | 'thcs', HttpClient> = {} as never;
const implementing: Partial<Record<keyof typeof leaders, Plan>> = {};

const byLevelAndStatus = <T extends { level: string; status: string }>(rows: T[]) =>
  [...rows].sort((a, b) => `${a.level} ${a.status}`.localeCompare(`${b.level} ${b.status}`));

/** Every plan's counts: as stored, and as the grouped join over its requirements computes them now. */
async function countsOfEveryPlan() {
  const db = t.database.handle.db;
  const required = await db.selectFrom('plan_requirements').select('plan_id').distinct().execute();
  return Promise.all(
    required.map(async ({ plan_id }) => ({
      stored: byLevelAndStatus(await storedCascadeCounts(db, plan_id)),
      live: byLevelAndStatus(
        (await liveCascadeCounts(db, plan_id).execute()).map(({ level, status, units }) => ({
          level,
          status,
          units: Number(units),
        })),
      ),
    })),
  );
}

async function expectCountsAsLive() {
  const plans = await countsOfEveryPlan();
  expect(plans.length).toBeGreaterThan(0);
  for (const { stored, live } of plans) expect(stored).toEqual(live);
}

async function cascadeStatus() {
  const response = await admin.get(`/api/plans/${plan.id}/cascade`);
  expect(response.statusCode).toBe(200);
  return response.json<CascadeStatus>();
}

async function ok<T>(response: Promise<{ statusCode: number; body: string; json<U>(): U }>) {
  const answered = await response;
  expect(answered.statusCode, answered.body).toBeLessThan(300);
  return answered.json<T>();
}

async function leaderOf(schoolCode: string) {
  const account = await createAccount(t.app, { unitCode: schoolCode, roles: ['leader'] });
  return new HttpClient(t.app).signIn(account.username, account.password);
}

beforeAll(async () => {
  t = await startDemoApp();
  admin = await t.signIn('admin');
  hanoi = await t.unitId(departmentCode('01'));
  ward = await t.unitId(PHUONG_HOANG_MAI_CODE);
  leaders.mamNon = await leaderOf(`MN-${PHUONG_HOANG_MAI_CODE}`);
  leaders.tieuHoc = await leaderOf(`TH-${PHUONG_HOANG_MAI_CODE}`);
  leaders.thcs = await leaderOf(`THCS-${PHUONG_HOANG_MAI_CODE}`);
  const draft = await ok<Plan>(admin.post('/api/plans', { issuerId: hanoi, ...planDraft() }));
  await ok(admin.post(`/api/plans/${draft.id}/submit-for-review`));
  plan = await ok<Plan>(admin.post(`/api/plans/${draft.id}/issue`, {}));
});
afterAll(() => t.close());

/** Drafts, submits and issues a school's implementing plan; `issuedOn` is typed for a late one. */
async function issueImplementingPlan(school: keyof typeof leaders, issuedOn?: string) {
  const client = leaders[school];
  const child = await ok<Plan>(client.post(`/api/plans/${plan.id}/implementing-plan`));
  await expectCountsAsLive();
  // A draft counts as not issued whatever it holds, the date it is to be issued on included.
  await ok(
    client.put(`/api/plans/${child.id}`, {
      version: child.version,
      ...planDraft({ issuedOn: issuedOn ?? null }),
    }),
  );
  await expectCountsAsLive();
  await ok(client.post(`/api/plans/${child.id}/submit-for-review`));
  await expectCountsAsLive();
  implementing[school] = await ok<Plan>(client.post(`/api/plans/${child.id}/issue`, { issuedOn }));
  await expectCountsAsLive();
}

describe('cascade status counts kept by the writes', () => {
  it('are the demo plans’ as seeded', async () => {
    await expectCountsAsLive();
  });

  it('count the units required, with an implementing plan issued before its unit was required', async () => {
    await issueImplementingPlan('thcs');
    await ok(
      admin.post(`/api/plans/${plan.id}/cascade`, { dueOn: '2026-12-15', kinds: ['school'], under: ward }),
    );
    await expectCountsAsLive();
    const schools = (
      await admin.get(`/api/org-units?under=${ward}&kind=school&limit=200`)
    ).json<OrgUnitList>();
    expect(await cascadeStatus()).toMatchObject({
      expected: schools.total,
      issuedOnTime: 1,
      issuedLate: 0,
      notIssued: schools.total - 1,
    });
  });

  it('move a unit when its implementing plan is drafted, submitted and issued, on time or late', async () => {
    await issueImplementingPlan('mamNon');
    await issueImplementingPlan('tieuHoc', '2026-12-20');
    const status = await cascadeStatus();
    expect(status).toMatchObject({ issuedOnTime: 2, issuedLate: 1 });
    expect(status.byLevel).toContainEqual(expect.objectContaining({ level: 'tieu_hoc', issuedLate: 1 }));
  });

  it('keep a unit in place when its implementing plan is amended or closed', async () => {
    const before = await cascadeStatus();
    const original = implementing.thcs as Plan;
    const amendment = await ok<Plan>(leaders.thcs.post(`/api/plans/${original.id}/amend`));
    await expectCountsAsLive();
    await ok(leaders.thcs.post(`/api/plans/${amendment.id}/submit-for-review`));
    await ok(leaders.thcs.post(`/api/plans/${amendment.id}/issue`, {}));
    await expectCountsAsLive();
    await ok(leaders.mamNon.post(`/api/plans/${implementing.mamNon?.id}/close`, {}));
    await expectCountsAsLive();
    expect(await cascadeStatus()).toEqual(before);
  });

  it('move a unit to its new level when a spreadsheet import changes it', async () => {
    const code = `TH-${PHUONG_HOANG_MAI_CODE}`;
    const { items } = (await admin.get(`/api/org-units?q=${code}`)).json<OrgUnitList>();
    const school = items.find((unit) => unit.code === code);
    const row = unitRow({
      'Mã đơn vị': code,
      'Tên đơn vị': school?.name,
      'Loại đơn vị': 'Trường học',
      'Cấp học': schoolLevelLabels.thcs,
      'Loại hình (công lập/tư thục)': 'Công lập',
      'Mã đơn vị cấp trên': PHUONG_HOANG_MAI_CODE,
    });
    expect((await uploadUnits(admin, 'apply', csvFile([row]))).json()).toMatchObject({ changed: 1 });
    await expectCountsAsLive();
    expect((await cascadeStatus()).byLevel).toContainEqual(
      expect.objectContaining({ level: 'thcs', issuedOnTime: 1, issuedLate: 1 }),
    );
  });

  it('add the units of a further cascade', async () => {
    const before = await cascadeStatus();
    const added = await ok<{ required: number }>(
      admin.post(`/api/plans/${plan.id}/cascade`, { dueOn: '2026-12-31', kinds: ['commune'] }),
    );
    await expectCountsAsLive();
    expect((await cascadeStatus()).notIssued).toBe(before.notIssued + added.required);
  });

  it('are filled by the migration from the requirements already there', async () => {
    // Migrations are written against no particular schema.
    const db = t.database.handle.db as unknown as Kysely<unknown>;
    const before = await countsOfEveryPlan();
    await planCascadeCountsMigration.down(db);
    await planCascadeCountsMigration.up(db);
    expect(await countsOfEveryPlan()).toEqual(before);
    await expectCountsAsLive();
  });
});
