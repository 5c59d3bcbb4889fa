import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { SessionResponse } from '../../../contract/auth.js';
import type { OrgUnitList } from '../../../contract/org.js';
import type { CascadeStatus, PlanRequirement } from '../../../contract/plans/cascade.js';
import type { Plan, PlanList } from '../../../contract/plans/plan.js';
import { PHUONG_HOANG_MAI_CODE } from '../../seed/demo.js';
import { departmentCode, MINISTRY_CODE } from '../../seed/national-units.js';
import { createCascadeRepository } from './cascade-repository.js';
import { planDraft } from './plan-test-support.js';

const DAY = 24 * 60 * 60 * 1000;

let t: DemoApp;
let soHanoi: HttpClient;
let soThanhhoa: HttpClient;
let principal: HttpClient;
let leaderHanoi: HttpClient;
let hanoi: string;
let ward: string;
beforeAll(async () => {
  t = await startDemoApp();
  [soHanoi, soThanhhoa, principal] = await Promise.all([
    t.signIn('so.hanoi'),
    t.signIn('so.thanhhoa'),
    t.signIn('truong.hoangmai'),
  ]);
  const leader = await createAccount(t.app, { unitCode: departmentCode('01'), roles: ['leader'] });
  leaderHanoi = await new HttpClient(t.app).signIn(leader.username, leader.password);
  hanoi = await t.unitId(departmentCode('01'));
  ward = await t.unitId(PHUONG_HOANG_MAI_CODE);
});
afterAll(() => t.close());

async function issuedHanoiPlan(overrides: Parameters<typeof planDraft>[0] = {}) {
  const plan = (await soHanoi.post('/api/plans', { issuerId: hanoi, ...planDraft(overrides) })).json<Plan>();
  await soHanoi.post(`/api/plans/${plan.id}/submit-for-review`);
  return (await leaderHanoi.post(`/api/plans/${plan.id}/issue`, {})).json<Plan>();
}

async function schoolsUnder(unit: string, client = soHanoi) {
  return (await client.get(`/api/org-units?under=${unit}&kind=school&limit=200`)).json<OrgUnitList>();
}

describe('POST /api/plans/:id/cascade', () => {
  it('requires every chosen unit below the issuer, once', async () => {
    const plan = await issuedHanoiPlan();
    const schools = await schoolsUnder(ward);
    const body = { dueOn: '2026-12-15', kinds: ['school'], under: ward };
    expect((await soHanoi.post(`/api/plans/${plan.id}/cascade`, body)).json()).toEqual({
      required: schools.total,
    });
    const thcs = await soHanoi.post(`/api/plans/${plan.id}/cascade`, {
      ...body,
      under: undefined,
      schoolLevels: ['thpt'],
    });
    expect(thcs.statusCode).toBe(200);
    const again = await soHanoi.post(`/api/plans/${plan.id}/cascade`, body);
    expect(again.json()).toMatchObject({ status: 422, code: 'cascade_no_units' });
  });

  it('refuses a deadline before today (422)', async () => {
    const plan = await issuedHanoiPlan();
    const response = await soHanoi.post(`/api/plans/${plan.id}/cascade`, {
      dueOn: '2026-11-25',
      kinds: ['school'],
    });
    expect(response.json()).toMatchObject({
      status: 422,
      code: 'cascade_due_in_past',
      errors: [{ path: 'body.dueOn' }],
    });
  });

  it('cascades only issued plans, and only from the issuer’s side', async () => {
    const draft = (await soHanoi.post('/api/plans', { issuerId: hanoi, ...planDraft() })).json<Plan>();
    const body = { dueOn: '2026-12-15', kinds: ['commune'] };
    expect((await soHanoi.post(`/api/plans/${draft.id}/cascade`, body)).json()).toMatchObject({
      code: 'plan_status_conflict',
    });
    const plan = await issuedHanoiPlan();
    expect((await soThanhhoa.post(`/api/plans/${plan.id}/cascade`, body)).statusCode).toBe(404);
    expect((await principal.post(`/api/plans/${plan.id}/cascade`, body)).statusCode).toBe(403);
  });
});

describe('cascade status of a plan required of thousands of units', () => {
  it('pages the units alike whether it walks them in name order or sorts the requirements', async () => {
    const admin = await t.signIn('admin');
    const draft = (
      await admin.post('/api/plans', { issuerId: await t.unitId(MINISTRY_CODE), ...planDraft() })
    ).json<Plan>();
    await admin.post(`/api/plans/${draft.id}/submit-for-review`);
    await admin.post(`/api/plans/${draft.id}/issue`, {});
    const { required } = (
      await admin.post(`/api/plans/${draft.id}/cascade`, { dueOn: '2026-12-15', kinds: ['commune'] })
    ).json<{ required: number }>();
    expect(required).toBeGreaterThan(3000);
    expect((await admin.get(`/api/plans/${draft.id}/cascade`)).json<CascadeStatus>()).toMatchObject({
      expected: required,
      unitsTotal: required,
    });

    const db = t.database.handle.db;
    const { id } = await db
      .selectFrom('plans')
      .select('id')
      .where('public_id', '=', draft.id)
      .executeTakeFirstOrThrow();
    const repository = createCascadeRepository(db);
    for (const filter of [
      { limit: 100, offset: 0 },
      { limit: 100, offset: required - 50 },
      { status: 'not_issued' as const, limit: 20, offset: 1500 },
    ]) {
      const walked = await repository.statusUnits(id, filter, required);
      expect(walked.length).toBe(Math.min(filter.limit, required - filter.offset));
      expect(walked).toEqual(await repository.statusUnits(id, filter, 0));
    }
  });
});

describe('implementing plans and cascade status', () => {
  it('tells the page whose side may follow the cascade: the issuer’s yes, a school below no', async () => {
    const plan = await issuedHanoiPlan();
    const followCascade = async (client: HttpClient) =>
      (await client.get(`/api/plans/${plan.id}`)).json<Plan>().abilities.followCascade;
    expect(await followCascade(soHanoi)).toBe(true);
    expect(await followCascade(principal)).toBe(false);
    expect((await principal.get(`/api/plans/${plan.id}/cascade`)).statusCode).toBe(403);
  });

  it('drafts one implementing plan when the unit asks twice at the same moment; the other ask gets 409', async () => {
    const plan = await issuedHanoiPlan();
    const answers = await Promise.all([
      principal.post(`/api/plans/${plan.id}/implementing-plan`),
      principal.post(`/api/plans/${plan.id}/implementing-plan`),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json()).toMatchObject({
      code: 'implementing_plan_exists',
    });
  });

  it('shows a school what it must issue, lets it start from the parent, and counts it on time or late', async () => {
    const plan = await issuedHanoiPlan({
      tasks: [
        { content: 'Tuyên truyền trong toàn ngành', lead: { name: 'Văn phòng Sở' } },
        { content: 'Hướng dẫn các trường của phường', lead: { unitId: ward } },
        { content: 'Việc của Sở Thanh Hóa', lead: { unitId: await t.unitId(departmentCode('38')) } },
      ],
    });
    await soHanoi.post(`/api/plans/${plan.id}/cascade`, {
      dueOn: '2026-12-15',
      kinds: ['school'],
      under: ward,
    });

    const mine = (await principal.get('/api/me/plan-requirements')).json<{ items: PlanRequirement[] }>();
    expect(mine.items).toContainEqual(
      expect.objectContaining({
        plan: expect.objectContaining({ id: plan.id }),
        dueOn: '2026-12-15',
        status: 'not_issued',
      }),
    );

    const child = (await principal.post(`/api/plans/${plan.id}/implementing-plan`)).json<Plan>();
    expect(child).toMatchObject({
      status: 'draft',
      issuer: { name: 'Trường THCS Hoàng Mai' },
      implements: { id: plan.id, number: plan.number },
      legalBases: [
        { text: expect.stringMatching(/^Thực hiện Kế hoạch số \d+\/KH-SGDĐT ngày/), plan: { id: plan.id } },
      ],
      objectives: plan.objectives,
    });
    expect(child.tasks.map((task) => task.content)).toEqual([
      'Tuyên truyền trong toàn ngành',
      'Hướng dẫn các trường của phường',
    ]);
    expect((await principal.post(`/api/plans/${plan.id}/implementing-plan`)).json()).toMatchObject({
      status: 409,
      code: 'implementing_plan_exists',
    });
    await principal.post(`/api/plans/${child.id}/submit-for-review`);
    expect((await principal.post(`/api/plans/${child.id}/issue`, {})).json()).toMatchObject({
      status: 'issued',
      number: '1/KH-TH',
    });

    // Sessions expire while the clock moves on, so everyone signs in again afterwards.
    t.clock.advance(30 * DAY);
    const [soHanoiLater, principalLater, soThanhhoaLater] = await Promise.all([
      t.signIn('so.hanoi'),
      t.signIn('truong.hoangmai'),
      t.signIn('so.thanhhoa'),
    ]);
    const late = await createAccount(t.app, { unitCode: `TH-${PHUONG_HOANG_MAI_CODE}`, roles: ['leader'] });
    const lateSchool = await new HttpClient(t.app).signIn(late.username, late.password);
    const lateChild = (await lateSchool.post(`/api/plans/${plan.id}/implementing-plan`)).json<Plan>();
    await lateSchool.post(`/api/plans/${lateChild.id}/submit-for-review`);
    await lateSchool.post(`/api/plans/${lateChild.id}/issue`, {});

    const status = (await soHanoiLater.get(`/api/plans/${plan.id}/cascade`)).json<CascadeStatus>();
    const schools = await schoolsUnder(ward, soHanoiLater);
    expect(status).toMatchObject({
      expected: schools.total,
      issuedOnTime: 1,
      issuedLate: 1,
      notIssued: schools.total - 2,
    });
    expect(status.units).toContainEqual(
      expect.objectContaining({
        unit: expect.objectContaining({ name: 'Trường THCS Hoàng Mai', schoolLevel: 'thcs' }),
        status: 'issued_on_time',
        childPlanId: child.id,
      }),
    );
    expect(status.byLevel).toContainEqual({
      level: 'thcs',
      expected: 1,
      issuedOnTime: 1,
      issuedLate: 0,
      notIssued: 0,
    });
    expect(status.byLevel).toContainEqual(expect.objectContaining({ level: 'tieu_hoc', issuedLate: 1 }));
    const only = async (unitStatus: string) =>
      (await soHanoiLater.get(`/api/plans/${plan.id}/cascade?status=${unitStatus}`)).json<CascadeStatus>();
    const [onTime, lateOnes, toChase] = await Promise.all([
      only('issued_on_time'),
      only('issued_late'),
      only('not_issued'),
    ]);
    expect(onTime.units.map((unit) => [unit.unit.name, unit.childPlanId])).toEqual([
      ['Trường THCS Hoàng Mai', child.id],
    ]);
    expect(lateOnes.units.map((unit) => unit.childPlanId)).toEqual([lateChild.id]);
    expect(toChase.unitsTotal).toBe(schools.total - 2);
    expect(toChase.units).toHaveLength(schools.total - 2);
    expect(toChase.units.every((unit) => unit.status === 'not_issued' && unit.childPlanId === null)).toBe(
      true,
    );
    expect((await soThanhhoaLater.get(`/api/plans/${plan.id}/cascade`)).statusCode).toBe(404);
    expect((await principalLater.get(`/api/plans/${plan.id}/cascade`)).statusCode).toBe(403);
  });
});

describe('plans a school issues', () => {
  // Last, with new sessions: the clock has moved on, and the school's plan takes its next number.
  it('offers cascading, and rounds with it, on a Sở’s issued plan but not on a school’s, which has no units below', async () => {
    const [sở, school] = await Promise.all([t.signIn('so.hanoi'), t.signIn('truong.hoangmai')]);
    const issued = (await sở.get(`/api/plans?status=issued&issuer=${hanoi}&limit=100`)).json<PlanList>();
    const sởPlan = issued.items.find((plan) => plan.issuer.id === hanoi);
    expect((await sở.get(`/api/plans/${sởPlan?.id}`)).json<Plan>().abilities.cascade).toBe(true);
    const schoolId = (await school.get('/api/me')).json<SessionResponse>().user.unit?.id;
    const draft = (await school.post('/api/plans', { issuerId: schoolId, ...planDraft() })).json<Plan>();
    await school.post(`/api/plans/${draft.id}/submit-for-review`);
    const schoolPlan = (await school.post(`/api/plans/${draft.id}/issue`, {})).json<Plan>();
    expect(schoolPlan).toMatchObject({ status: 'issued', abilities: { cascade: false } });
    const cascade = await school.post(`/api/plans/${schoolPlan.id}/cascade`, {
      dueOn: '2027-01-15',
      kinds: ['school'],
    });
    expect(cascade.statusCode).toBe(403);
    const form = await school.post('/api/report-forms', { planId: schoolPlan.id });
    expect(form.statusCode).toBe(403);
    expect(form.json().detail).toBe('A school has no units below it to ask for reports.');
    const roundable = (
      await sở.get(`/api/plans?status=issued&issuer=${hanoi}&withUnitsBelow=true&limit=100`)
    ).json<PlanList>();
    expect(roundable.items.map((plan) => plan.id)).toContain(sởPlan?.id);
    expect(roundable.items.map((plan) => plan.id)).not.toContain(schoolPlan.id);
  });
});
