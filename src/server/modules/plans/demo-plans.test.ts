import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import type { CascadeStatus } from '../../../contract/plans/cascade.js';
import type { Plan, PlanList } from '../../../contract/plans/plan.js';

let t: DemoApp;
let admin: HttpClient;
let soThanhhoa: HttpClient;
beforeAll(async () => {
  t = await startDemoApp();
  [admin, soThanhhoa] = await Promise.all([t.signIn('admin'), t.signIn('so.thanhhoa')]);
});
afterAll(() => t.close());

const byTitle = async (client: HttpClient, words: string) =>
  (await client.get(`/api/plans?q=${encodeURIComponent(words)}`)).json<PlanList>().items[0];

describe('demo plans', () => {
  it('holds the three seed plans as issued plans of their issuers', async () => {
    const attt = await byTitle(admin, 'nguon nhan luc an toan thong tin giai doan 2021 - 2025 cua so');
    const hoangMai = await byTitle(admin, 'van hoa ung xu quan hoang mai');
    const quangNgai = await byTitle(admin, '316/KH-SGDĐT');
    expect(attt).toMatchObject({
      status: 'issued',
      number: null,
      issuer: { name: 'Sở Giáo dục và Đào tạo Thanh Hóa' },
    });
    expect(hoangMai).toMatchObject({
      status: 'issued',
      number: '15/KH-UBND',
      issuedOn: '2022-02-18',
      issuer: { name: 'Phòng Giáo dục và Đào tạo quận Hoàng Mai' },
    });
    expect(quangNgai).toMatchObject({ status: 'issued', number: '316/KH-SGDĐT', issuedOn: '2021-03-23' });
  });

  it('gives the Thanh Hóa plan its objectives with yearly targets, tasks and reporting rules', async () => {
    const listed = await byTitle(soThanhhoa, 'nguon nhan luc an toan thong tin giai doan 2021 - 2025 cua so');
    const plan = (await soThanhhoa.get(`/api/plans/${listed?.id}`)).json<Plan>();
    expect(plan.authorityLine).toBe('UBND TỈNH THANH HÓA');
    expect(plan.objectives[0]?.indicators[1]).toMatchObject({
      measure: 'percent_of_units',
      targets: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: 80 })),
    });
    expect(plan.tasks.map((task) => task.lead.name)).toContain('Phòng Kế hoạch - Tài chính');
    expect(plan.signer).toEqual({
      authorityLines: [{ prefix: 'KT.', text: 'GIÁM ĐỐC' }],
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Tạ Hồng Lựu',
    });
    expect(plan.sections.map((section) => section.heading)).toContain('VI. TỔ CHỨC THỰC HIỆN');
  });

  it('shows the Thanh Hóa cascade with schools on time, late and missing', async () => {
    const listed = await byTitle(soThanhhoa, 'nguon nhan luc an toan thong tin giai doan 2021 - 2025 cua so');
    const status = (await soThanhhoa.get(`/api/plans/${listed?.id}/cascade`)).json<CascadeStatus>();
    expect(status.issuedLate).toBe(1);
    expect(status.issuedOnTime).toBeGreaterThan(1);
    expect(status.notIssued).toBeGreaterThan(0);
    expect(status.expected).toBe(status.issuedOnTime + status.issuedLate + status.notIssued);
    expect(status.units.find((unit) => unit.status === 'issued_late')).toMatchObject({
      dueOn: '2025-09-30',
      issuedOn: '2025-10-20',
      childPlanId: expect.any(String),
    });
  });

  it('keeps other provinces’ plans out of a Sở’s list', async () => {
    const { items } = (await soThanhhoa.get('/api/plans?limit=200')).json<PlanList>();
    expect(items.some((item) => item.number === '316/KH-SGDĐT')).toBe(false);
  });
});
