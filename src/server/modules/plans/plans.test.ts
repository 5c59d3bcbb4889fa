import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { Plan, PlanList } from '../../../contract/plans/plan.js';
import { departmentCode } from '../../seed/national-units.js';
import { planDraft } from './plan-test-support.js';

let t: DemoApp;
let soThanhhoa: HttpClient;
let soHanoi: HttpClient;
let leaderThanhhoa: HttpClient;
let thanhHoa: string;
beforeAll(async () => {
  t = await startDemoApp();
  [soThanhhoa, soHanoi] = await Promise.all([t.signIn('so.thanhhoa'), t.signIn('so.hanoi')]);
  const leader = await createAccount(t.app, { unitCode: departmentCode('38'), roles: ['leader'] });
  leaderThanhhoa = await new HttpClient(t.app).signIn(leader.username, leader.password);
  thanhHoa = await t.unitId(departmentCode('38'));
});
afterAll(() => t.close());

async function draft(overrides: Parameters<typeof planDraft>[0] = {}) {
  const response = await soThanhhoa.post('/api/plans', { issuerId: thanhHoa, ...planDraft(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Plan>();
}

async function issued(overrides: Parameters<typeof planDraft>[0] = {}, issue: object = {}) {
  const plan = await draft(overrides);
  expect((await soThanhhoa.post(`/api/plans/${plan.id}/submit-for-review`)).statusCode).toBe(200);
  const response = await leaderThanhhoa.post(`/api/plans/${plan.id}/issue`, issue);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Plan>();
}

describe('POST /api/plans', () => {
  it('requires authentication', async () => {
    const response = await new HttpClient(t.app).post('/api/plans', { issuerId: thanhHoa, ...planDraft() });
    expect(response.statusCode).toBe(401);
  });

  it('drafts a plan with objectives, indicators and yearly targets, tasks and sections', async () => {
    const plan = await draft();
    expect(plan).toMatchObject({
      status: 'draft',
      version: 1,
      number: null,
      issuer: { id: thanhHoa, name: 'Sở Giáo dục và Đào tạo Thanh Hóa', kind: 'department' },
      objectives: [
        {
          kind: 'specific',
          indicators: [
            {
              measure: 'percent_of_units',
              targets: [
                { year: 2021, value: 85 },
                { year: 2025, value: 100 },
              ],
            },
          ],
        },
      ],
      tasks: [{ numbering: 'VI.1', lead: { unit: null, name: 'Văn phòng Sở' }, timing: { kind: 'yearly' } }],
      abilities: { update: true, submitForReview: true, issue: false, cascade: false, amend: false },
    });
  });

  it('forbids drafting for a unit where the caller does not author plans', async () => {
    const response = await soHanoi.post('/api/plans', { issuerId: thanhHoa, ...planDraft() });
    expect(response.json()).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('stores rich text without scripts, event handlers or links', async () => {
    const plan = await draft({
      sections: [
        {
          kind: 'other',
          heading: null,
          html: '<p onclick="steal()">Nội dung <b>chính</b><script>alert(1)</script></p><img src=x onerror=alert(1)><a href="javascript:alert(1)">xem</a><table><tr><td colspan="2">Ô</td></tr></table>',
        },
      ],
    });
    expect(plan.sections[0]?.html).toBe(
      '<p>Nội dung <b>chính</b></p>xem<table><tr><td colspan="2">Ô</td></tr></table>',
    );
  });

  it('refuses targets that are not numbers (400)', async () => {
    const body = planDraft();
    const indicator = body.objectives?.[0]?.indicators?.[0];
    if (indicator) indicator.targets = [{ year: 2022, value: 'tám mươi' as unknown as number }];
    const response = await soThanhhoa.post('/api/plans', { issuerId: thanhHoa, ...body });
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'body.objectives.0.indicators.0.targets.0.value' }],
    });
  });

  it.each([
    [
      'a target year outside the period',
      { year: 2026, value: 90 },
      'percent_of_units',
      'target_year_outside_period',
    ],
    ['a percent above 100', { year: 2024, value: 120 }, 'percent_of_people', 'target_percent_above_100'],
    ['money that is not whole đồng', { year: 2024, value: 1500.5 }, 'money', 'target_not_whole_dong'],
    ['a count that is not whole', { year: 2024, value: 12.5 }, 'count', 'target_not_whole_count'],
    ['a yes/no target other than 0 or 1', { year: 2024, value: 2 }, 'yes_no', 'target_not_yes_no'],
  ] as const)('refuses %s with 422 and saves nothing', async (_, target, measure, code) => {
    const before = (await soThanhhoa.get('/api/plans')).json<PlanList>().total;
    const response = await soThanhhoa.post('/api/plans', {
      issuerId: thanhHoa,
      ...planDraft({ indicators: [{ name: 'Chỉ tiêu', measure, targets: [target] }] }),
    });
    expect(response.json()).toMatchObject({
      status: 422,
      code,
      errors: [{ path: expect.stringMatching(/^body\.indicators\.0\.targets\.0\./) }],
    });
    expect((await soThanhhoa.get('/api/plans')).json<PlanList>().total).toBe(before);
  });

  it('refuses a task without a lead unit (422)', async () => {
    const response = await soThanhhoa.post('/api/plans', {
      issuerId: thanhHoa,
      ...planDraft({ tasks: [{ content: 'Tổ chức tập huấn', lead: null }] }),
    });
    expect(response.json()).toMatchObject({
      status: 422,
      code: 'task_lead_required',
      errors: [{ path: 'body.tasks.0.lead' }],
    });
  });

  it('refuses a number already used by the issuer in the same year (409)', async () => {
    await draft({ number: 316, symbol: 'KH-SGDĐT', issuedOn: '2021-03-23' });
    const response = await soThanhhoa.post('/api/plans', {
      issuerId: thanhHoa,
      ...planDraft({ number: 316, symbol: 'KH-SGDĐT', issuedOn: '2021-11-02' }),
    });
    expect(response.json()).toMatchObject({ status: 409, code: 'plan_number_taken' });
    await draft({ number: 316, symbol: 'KH-SGDĐT', issuedOn: '2022-01-05' });
  });
});

describe('GET /api/plans and GET /api/plans/:id', () => {
  it('finds plans by words of the title without diacritics', async () => {
    const plan = await draft({ title: 'Xây dựng văn hóa ứng xử trên không gian mạng' });
    const { items, total } = (await soThanhhoa.get('/api/plans?q=van%20hoa%20ung%20xu')).json<PlanList>();
    expect(items.map((item) => item.id)).toContain(plan.id);
    expect(items[0]).toMatchObject({ issuer: { id: thanhHoa }, status: 'draft' });
    expect(total).toBe(items.length);
  });

  it('answers 404 to another province, as for a plan that does not exist', async () => {
    const plan = await draft();
    expect((await soHanoi.get(`/api/plans/${plan.id}`)).json()).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await soThanhhoa.get('/api/plans/01JZ0000000000000000000000')).statusCode).toBe(404);
    const { items } = (await soHanoi.get('/api/plans?limit=200')).json<PlanList>();
    expect(items.some((item) => item.id === plan.id)).toBe(false);
  });

  it('pages with a cursor without repeating or skipping a plan', async () => {
    await Promise.all([draft(), draft(), draft()]);
    const first = (await soThanhhoa.get('/api/plans?limit=2')).json<PlanList>();
    const second = (await soThanhhoa.get(`/api/plans?limit=2&cursor=${first.nextCursor}`)).json<PlanList>();
    const all = (await soThanhhoa.get('/api/plans?limit=200')).json<PlanList>();
    expect([...first.items, ...second.items].map((plan) => plan.id)).toEqual(
      all.items.slice(0, 4).map((plan) => plan.id),
    );
  });
});

describe('PUT /api/plans/:id', () => {
  it('replaces the draft and moves the version on', async () => {
    const plan = await draft();
    const response = await soThanhhoa.put(`/api/plans/${plan.id}`, {
      version: plan.version,
      ...planDraft({ title: 'Tiêu đề đã sửa', tasks: [] }),
    });
    expect(response.json()).toMatchObject({ title: 'Tiêu đề đã sửa', version: 2, tasks: [] });
  });

  it('answers a stale version with 409 carrying the colleague’s changes, and overwrites nothing', async () => {
    const plan = await draft();
    await soThanhhoa.put(`/api/plans/${plan.id}`, {
      version: 1,
      ...planDraft({ title: 'Bản của đồng nghiệp' }),
    });
    const stale = await soThanhhoa.put(`/api/plans/${plan.id}`, {
      version: 1,
      ...planDraft({ title: 'Bản của tôi' }),
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.json()).toMatchObject({
      code: 'version_conflict',
      current: { id: plan.id, version: 2, title: 'Bản của đồng nghiệp' },
    });
    expect((await soThanhhoa.get(`/api/plans/${plan.id}`)).json<Plan>().title).toBe('Bản của đồng nghiệp');
  });
});

describe('life cycle', () => {
  it('lets only a leader of the issuer issue, numbering the plan for the year', async () => {
    const plan = await draft();
    await soThanhhoa.post(`/api/plans/${plan.id}/submit-for-review`);
    expect((await soThanhhoa.post(`/api/plans/${plan.id}/issue`, {})).statusCode).toBe(403);
    const response = await leaderThanhhoa.post(`/api/plans/${plan.id}/issue`, { issuedOn: '2026-11-20' });
    expect(response.json()).toMatchObject({ status: 'issued', number: '1/KH-SGDĐT', issuedOn: '2026-11-20' });
    const next = await issued({}, { issuedOn: '2026-11-25' });
    expect(next.number).toBe('2/KH-SGDĐT');
  });

  it('issues a historical plan with its typed number and date as they were', async () => {
    const plan = await issued({}, { number: 296, issuedOn: '2022-01-28' });
    expect(plan).toMatchObject({ number: '296/KH-SGDĐT', issuedOn: '2022-01-28', status: 'issued' });
  });

  it('keeps issued plans immutable', async () => {
    const plan = await issued();
    const response = await soThanhhoa.put(`/api/plans/${plan.id}`, { version: plan.version, ...planDraft() });
    expect(response.json()).toMatchObject({ status: 409, code: 'plan_not_editable' });
    expect((await soThanhhoa.post(`/api/plans/${plan.id}/submit-for-review`)).json()).toMatchObject({
      status: 409,
      code: 'plan_status_conflict',
    });
  });

  it('changes an issued plan through an amendment, which marks the original amended once issued', async () => {
    const original = await issued();
    const amendment = (await soThanhhoa.post(`/api/plans/${original.id}/amend`)).json<Plan>();
    expect(amendment).toMatchObject({
      status: 'draft',
      number: null,
      amends: { id: original.id },
      title: original.title,
    });
    await soThanhhoa.post(`/api/plans/${amendment.id}/submit-for-review`);
    await leaderThanhhoa.post(`/api/plans/${amendment.id}/issue`, {});
    expect((await soThanhhoa.get(`/api/plans/${original.id}`)).json<Plan>().status).toBe('amended');
  });

  it('closes an issued plan, or marks it superseded by another', async () => {
    const [old, replacement] = await Promise.all([issued(), issued()]);
    const superseded = await leaderThanhhoa.post(`/api/plans/${old.id}/close`, {
      supersededBy: replacement.id,
    });
    expect(superseded.json()).toMatchObject({ status: 'superseded' });
    expect((await leaderThanhhoa.post(`/api/plans/${replacement.id}/close`, {})).json()).toMatchObject({
      status: 'closed',
    });
  });

  it('writes an audit row for every change', async () => {
    const plan = await issued();
    const rows = await t.database.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'plan')
      .where('entity_id', '=', plan.id)
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual([
      'plan.created',
      'plan.submitted_for_review',
      'plan.issued',
    ]);
  });
});
