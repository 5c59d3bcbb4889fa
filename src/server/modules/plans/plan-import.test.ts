import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { Plan } from '../../../contract/plans/plan.js';
import { departmentCode } from '../../seed/national-units.js';

const seedText = (name: string) =>
  readFileSync(new URL(`../../seed/data/plans/${name}.txt`, import.meta.url), 'utf8');

let t: DemoApp;
let soHanoi: HttpClient;
beforeAll(async () => {
  t = await startDemoApp();
  soHanoi = await t.signIn('so.hanoi');
});
afterAll(() => t.close());

describe('POST /api/plans/import', () => {
  it('requires authentication', async () => {
    const response = await new HttpClient(t.app).post('/api/plans/import', { text: 'KẾ HOẠCH' });
    expect(response.statusCode).toBe(401);
  });

  it('drafts a plan from the text for the caller’s unit, linking the plan it implements when it is in the system', async () => {
    const hanoi = await t.unitId(departmentCode('01'));
    // The demo data holds Kế hoạch 296/KH-SGDĐT of Sở GD&ĐT Hà Nội, which the Hoàng Mai plan implements.
    const { items } = (await soHanoi.get('/api/plans?q=van hoa ung xu&limit=50')).json<{
      items: { id: string; number: string | null }[];
    }>();
    const parent = items.find((item) => item.number === '296/KH-SGDĐT');
    expect(parent).toBeDefined();

    const response = await soHanoi.post('/api/plans/import', {
      text: seedText('001-hoang-mai-van-hoa-ung-xu'),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json<Plan>()).toMatchObject({
      status: 'draft',
      issuer: { id: hanoi },
      number: '15/KH-UBND',
      issuedOn: '2022-02-18',
      place: 'Hoàng Mai',
      title: expect.stringMatching(/^Xây dựng văn hóa ứng xử trên không gian mạng/),
      legalBases: [
        { text: expect.stringMatching(/^Thực hiện Kế hoạch số 296\/KH-SGDĐT/), plan: { id: parent?.id } },
      ],
      signer: { name: 'Trần Quý Thái' },
    });
  });

  it('imports the longest seed whole', async () => {
    const plan = (
      await soHanoi.post('/api/plans/import', { text: seedText('004-quang-ngai-316-kh-sgddt') })
    ).json<Plan>();
    expect(plan.legalBases).toHaveLength(33);
    expect(plan.sections.map((section) => section.kind)).toContain('organisation');
  });

  it('refuses a 5 MB paste cleanly with 413, saving nothing', async () => {
    const response = await soHanoi.post('/api/plans/import', { text: 'Kế hoạch '.repeat(600_000) });
    expect(response.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});
