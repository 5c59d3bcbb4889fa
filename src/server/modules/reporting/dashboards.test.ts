import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, type DemoUsername, startDemoApp } from '../../../../test/support/demo-app.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type {
  Completeness,
  IndicatorTrend,
  OutstandingReports,
} from '../../../contract/reporting/dashboards.js';
import type { ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode } from '../../seed/national-units.js';

let t: DemoApp;
let thanhHoa: ReportingRound;
let hanoi: ReportingRound;

async function demoRound(username: DemoUsername, title: string) {
  const client = await t.signIn(username);
  const { items } = (await client.get('/api/reporting-rounds')).json<{ items: ReportingRound[] }>();
  const summary = items.find((item) => item.title.startsWith(title));
  if (!summary) throw new Error(`no demo round "${title}"`);
  return (await client.get(`/api/reporting-rounds/${summary.id}`)).json<ReportingRound>();
}

beforeAll(async () => {
  t = await startDemoApp();
  thanhHoa = await demoRound('so.thanhhoa', 'Báo cáo kết quả năm học 2025-2026');
  hanoi = await demoRound('so.hanoi', 'Văn hóa ứng xử trên không gian mạng');
});
afterAll(() => t.close());

describe('completeness and timeliness of a round per child unit', () => {
  it('counts, for the closed Thanh Hóa round, each commune’s schools as on time, late, missing and approved', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const response = await sở.get(`/api/reporting-rounds/${thanhHoa.id}/completeness`);
    expect(response.statusCode).toBe(200);
    const { unit, children, total } = response.json<Completeness>();

    expect(unit).toMatchObject({ kind: 'department', provinceCode: '38' });
    expect(children.length).toBeGreaterThan(1);
    // Communes, and the upper-secondary schools the Sở manages itself.
    expect(new Set(children.map((child) => child.unit.kind))).toEqual(new Set(['commune', 'school']));
    expect(total).toMatchObject({
      expected: thanhHoa.counts.expected,
      submitted: thanhHoa.counts.submitted,
      approved: thanhHoa.counts.approved,
    });
    expect(total.late).toBeGreaterThan(0);
    expect(total.missing).toBeGreaterThan(0);
    expect(total.onTime + total.late).toBe(total.submitted);
    // Returned reports are neither submitted nor, past the deadline, anything but missing.
    expect(total.submitted + total.missing).toBe(total.expected);
    expect(total.share).toBe(Math.round((1000 * total.submitted) / total.expected) / 10);
    for (const child of children) {
      expect(child.submitted + child.missing).toBe(child.expected);
    }
  });

  it('shows the ministry the provinces, each with its code for the map', async () => {
    const admin = await t.signIn('admin');
    const ministry = (await admin.get('/api/org-units?kind=ministry')).json<{ items: { id: string }[] }>()
      .items[0];
    const { children, total } = (
      await admin.get(`/api/reporting-rounds/${thanhHoa.id}/completeness?unit=${ministry?.id}`)
    ).json<Completeness>();
    expect(children).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ provinceCode: '38' }), ...total }),
    ]);
  });

  it('shows a commune its schools, counting a draft whose deadline lies ahead as neither submitted nor missing', async () => {
    const commune = await t.signIn('xa.hoangmai');
    const communeId = (await commune.get('/api/me')).json<{ user: { unit: { id: string } } }>().user.unit.id;
    const { unit, children, total } = (
      await commune.get(`/api/reporting-rounds/${hanoi.id}/completeness?unit=${communeId}`)
    ).json<Completeness>();
    expect(unit.kind).toBe('commune');
    expect(children.map((child) => child.unit.id)).toContain(await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
    expect(total).toMatchObject({ submitted: 0, missing: 0, share: 0 });
    expect(total.expected).toBe(children.length);
  });

  it('filters the reporting units by kind and school level', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const communes = (
      await sở.get(`/api/reporting-rounds/${thanhHoa.id}/completeness?kind=commune`)
    ).json<Completeness>();
    expect(communes.total.expected).toBe(0);
    const levels = await Promise.all(
      (['mam_non', 'tieu_hoc', 'thcs', 'thpt', 'lien_cap', 'gdtx'] as const).map(async (level) => {
        const response = await sở.get(
          `/api/reporting-rounds/${thanhHoa.id}/completeness?schoolLevel=${level}`,
        );
        return response.json<Completeness>().total.expected;
      }),
    );
    expect(levels.reduce((sum, expected) => sum + expected, 0)).toBe(thanhHoa.counts.expected);
  });
});

describe('the late and missing units of a round', () => {
  it('lists the missing reports first, then the late ones, with how many people can be reminded', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const { items, total } = (
      await sở.get(`/api/reporting-rounds/${thanhHoa.id}/outstanding?limit=500`)
    ).json<OutstandingReports>();
    const totals = (await sở.get(`/api/reporting-rounds/${thanhHoa.id}/completeness`)).json<Completeness>()
      .total;

    expect(total).toBe(totals.missing + totals.late);
    expect(items.filter((item) => item.state === 'missing')).toHaveLength(totals.missing);
    expect(items.filter((item) => item.state === 'late')).toHaveLength(totals.late);
    const states = items.map((item) => item.state);
    expect(states.lastIndexOf('missing')).toBeLessThan(states.indexOf('late'));
    expect(items.some((item) => item.report.status === 'returned')).toBe(true);
    expect(items.every((item) => item.contacts >= 0)).toBe(true);
  });

  it('lists a school still to report before the deadline as pending, with its principal as contact', async () => {
    const sở = await t.signIn('so.hanoi');
    const school = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
    const { items } = (
      await sở.get(`/api/reporting-rounds/${hanoi.id}/outstanding?limit=500`)
    ).json<OutstandingReports>();
    const entry = items.find((item) => item.unit.id === school);
    expect(entry).toMatchObject({ state: 'pending', report: { status: 'draft', dueOn: '2026-12-01' } });
    expect(entry?.contacts).toBeGreaterThanOrEqual(1);
  });

  it('pages the list', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const url = `/api/reporting-rounds/${thanhHoa.id}/outstanding`;
    const all = (await sở.get(`${url}?limit=500`)).json<OutstandingReports>();
    const second = (await sở.get(`${url}?limit=2&offset=2`)).json<OutstandingReports>();
    expect(second).toEqual({ items: all.items.slice(2, 4), total: all.total });
  });
});

describe('the dashboard’s tables as spreadsheets', () => {
  it('gives the completeness table as XLSX with a frozen Vietnamese header, each child and the total', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const { children, total } = (
      await sở.get(`/api/reporting-rounds/${thanhHoa.id}/completeness`)
    ).json<Completeness>();
    const response = await sở.get(`/api/reporting-rounds/${thanhHoa.id}/completeness/export?format=xlsx`);
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['content-disposition'])).toContain("filename*=UTF-8''Ti%E1%BA%BFn");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).values).toEqual(expect.arrayContaining(['Đơn vị', 'Phải nộp', 'Tỷ lệ đã nộp']));
    expect(sheet?.rowCount).toBe(children.length + 2);
    expect(sheet?.getRow(children.length + 2).values).toEqual([
      undefined,
      'Tổng cộng',
      total.expected,
      total.submitted,
      total.onTime,
      total.late,
      total.missing,
      total.approved,
      total.share,
    ]);
  });

  it('gives every late or missing unit as CSV, as many rows as the list counts', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const { total } = (
      await sở.get(`/api/reporting-rounds/${thanhHoa.id}/outstanding`)
    ).json<OutstandingReports>();
    const response = await sở.get(`/api/reporting-rounds/${thanhHoa.id}/outstanding/export?format=csv`);
    expect(response.statusCode).toBe(200);
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('Đơn vị,Loại đơn vị,Tình trạng,Trạng thái,Hạn nộp,Ngày nộp,Người nhận nhắc nhở');
    expect(rows).toHaveLength(total);
    expect(rows.some((row) => row.includes('Quá hạn chưa nộp'))).toBe(true);
  });
});

describe('the trend of each indicator across the rounds of a plan', () => {
  it('gives one point per round of the plan, equal to the live roll-up, against the year’s target', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const trend = (await sở.get(`/api/reporting-rounds/${thanhHoa.id}/trend`)).json<IndicatorTrend>();
    const rollup = (await sở.get(`/api/rollups?round=${thanhHoa.id}`)).json<Rollup>();

    expect(trend.rounds).toEqual([
      { id: thanhHoa.id, title: thanhHoa.title, targetYear: 2025, status: 'closed' },
    ]);
    expect(trend.indicators.length).toBeGreaterThan(0);
    for (const indicator of trend.indicators) {
      const rolled = rollup.indicators.find((item) => item.indicatorId === indicator.indicatorId);
      expect(indicator.points).toEqual([
        {
          round: thanhHoa.id,
          targetYear: 2025,
          value: rolled?.value,
          target: rolled?.target,
          targetIsCeiling: rolled?.targetIsCeiling,
        },
      ]);
    }
  });

  it('reads the same figures from the roll-up cells as from the values a filter sums', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const url = `/api/reporting-rounds/${thanhHoa.id}/trend`;
    const whole = (await sở.get(url)).json<IndicatorTrend>();
    // Every reporting unit of the round is a school, so this filter keeps them all.
    const schools = (await sở.get(`${url}?kind=school`)).json<IndicatorTrend>();
    expect(whole.indicators.length).toBeGreaterThan(0);
    expect(schools).toEqual(whole);
  });

  it('follows the plan into a later round on a new form, matching the indicators across forms', async () => {
    const sở = await t.signIn('so.thanhhoa');
    const plan = (await sở.get(`/api/report-forms/${thanhHoa.form.id}`)).json<{ planId: string }>().planId;
    const form = (await sở.post('/api/report-forms', { planId: plan })).json<{ id: string }>();
    const next = (
      await sở.post('/api/reporting-rounds', {
        formId: form.id,
        title: 'Báo cáo kết quả năm học 2026-2027',
        periodKind: 'school_year',
        periodStart: '2026-09-01',
        periodEnd: '2027-05-31',
        targetYear: 2026,
        units: { under: await t.unitId(departmentCode('38')), kinds: ['school'] },
        deadlines: [{ unitKind: 'school', dueOn: '2027-06-05' }],
      })
    ).json<ReportingRound>();

    const trend = (await sở.get(`/api/reporting-rounds/${next.id}/trend`)).json<IndicatorTrend>();
    expect(trend.rounds.map((round) => round.id)).toEqual([thanhHoa.id, next.id]);
    const first = trend.indicators[0];
    expect(first?.points.map((point) => point.targetYear)).toEqual([2025, 2026]);
    expect(first?.points[1]?.value).toBeNull();
  });
});

describe('who may look at a round’s dashboard', () => {
  const widgets = ['completeness', 'outstanding', 'trend'];

  it('requires a session', async () => {
    for (const widget of widgets) {
      const response = await new HttpClient(t.app).get(`/api/reporting-rounds/${hanoi.id}/${widget}`);
      expect(response.statusCode).toBe(401);
    }
  });

  it('hides another province’s round and a school’s view of its commune', async () => {
    const other = await t.signIn('so.hanoi');
    const principal = await t.signIn('truong.hoangmai');
    const communeOfSchool = (
      await principal.get(`/api/org-units/${await t.unitId(DEMO_THCS_HOANG_MAI_CODE)}`)
    ).json<{ parentId: string }>().parentId;
    for (const widget of widgets) {
      expect((await other.get(`/api/reporting-rounds/${thanhHoa.id}/${widget}`)).json()).toMatchObject({
        code: 'not_found',
      });
      const response = await principal.get(
        `/api/reporting-rounds/${hanoi.id}/${widget}?unit=${communeOfSchool}`,
      );
      expect(response.statusCode).toBe(404);
    }
  });

  it('refuses a malformed unit, kind or school level', async () => {
    const sở = await t.signIn('so.hanoi');
    for (const query of ['unit=ha-noi', 'kind=province', 'schoolLevel=dai_hoc', 'limit=0']) {
      const response = await sở.get(`/api/reporting-rounds/${hanoi.id}/outstanding?${query}`);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'validation_failed' });
    }
  });
});
