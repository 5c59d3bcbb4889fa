import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import { openHanoiSchoolRound, SCHOOL_DEADLINE } from '../../../../test/support/reporting-fixtures.js';
import type {
  Consolidation,
  Report,
  ReportForm,
  ReportingRound,
  Rollup,
} from '../../../contract/reporting/reports.js';
import type { Role } from '../../../contract/roles.js';
import { PHUONG_HOANG_MAI_CODE } from '../../seed/demo.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode } from '../../seed/national-units.js';

/**
 * A round in which Hà Nội's Sở, its communes and its schools all report: Phường Hoàng Mai consolidates
 * what its schools reported, and the Sở what its communes (and the schools directly under it) did.
 */
let t: DemoApp;
let sở: HttpClient;
let sởLeader: HttpClient;
let ward: HttpClient;
/** Fills and signs off the ward's own report. */
let wardLeader: HttpClient;
let form: ReportForm;
let round: ReportingRound;
interface SchoolReport {
  id: string;
  unitName: string;
  client: HttpClient;
}
/** Three schools of the ward: two approved by the ward, one submitted only. */
let schoolReports: [SchoolReport, SchoolReport, SchoolReport];
let wardReportId: string;
let sởReportId: string;

async function clientAt(unitId: string, roles: Role[]): Promise<HttpClient> {
  const { code } = (await t.signIn('admin').then((admin) => admin.get(`/api/org-units/${unitId}`))).json<{
    code: string;
  }>();
  const account = await createAccount(t.app, { unitCode: code, roles });
  return new HttpClient(t.app).signIn(account.username, account.password);
}

const fieldIds = () => {
  const [units, people, count, note] = form.fields.map((field) => field.indicatorId as string);
  return { units, people, count, note } as Record<'units' | 'people' | 'count' | 'note', string>;
};

async function read(client: HttpClient, id: string): Promise<Report> {
  return (await client.get(`/api/reports/${id}`)).json<Report>();
}

async function fillAndSubmit(
  client: HttpClient,
  id: string,
  values: Record<string, unknown>,
  narrative: Partial<Report['narrative']>,
) {
  const { version } = await read(client, id);
  const saved = await client.put(`/api/reports/${id}`, { version, values, narrative });
  expect(saved.statusCode).toBe(200);
  expect((await client.post(`/api/reports/${id}/submit`)).statusCode).toBe(200);
}

const consolidate = async (client: HttpClient, id: string, version?: number) =>
  client.post(`/api/reports/${id}/consolidate`, { version: version ?? (await read(client, id)).version });

beforeAll(async () => {
  t = await startDemoApp();
  const admin = await t.signIn('admin');
  [sở, ward] = await Promise.all([t.signIn('so.hanoi'), t.signIn('xa.hoangmai')]);
  ({ form, round } = await openHanoiSchoolRound(
    t,
    { admin, sở },
    {
      kinds: ['department', 'commune', 'school'],
      deadlines: [
        { unitKind: 'school', dueOn: SCHOOL_DEADLINE },
        { unitKind: 'commune', dueOn: '2026-12-10' },
        { unitKind: 'department', dueOn: '2026-12-20' },
      ],
    },
  ));
  const { items } = (await ward.get(`/api/reports?round=${round.id}&limit=500`)).json<{
    items: { id: string; unit: { id: string; name: string; kind: string } }[];
  }>();
  const wardUnit = await t.unitId(PHUONG_HOANG_MAI_CODE);
  const principalSchool = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
  wardReportId = items.find((item) => item.unit.id === wardUnit)?.id as string;
  const schools = items.filter((item) => item.unit.kind === 'school');
  // The principal's school first, then two more schools of the ward.
  schools.sort((a, b) => Number(b.unit.id === principalSchool) - Number(a.unit.id === principalSchool));
  const three = await Promise.all(
    schools.slice(0, 3).map(async (item) => ({
      id: item.id,
      unitName: item.unit.name,
      client:
        item.unit.id === principalSchool
          ? await t.signIn('truong.hoangmai')
          : await clientAt(item.unit.id, ['reporter']),
    })),
  );
  if (three.length !== 3) throw new Error('the demo ward has fewer than three schools');
  schoolReports = three as typeof schoolReports;
  wardLeader = await clientAt(wardUnit, ['leader']);
  const hanoi = await t.unitId(departmentCode('01'));
  sởLeader = await clientAt(hanoi, ['leader']);
  const own = (await sởLeader.get(`/api/reports?round=${round.id}&limit=500`)).json<{
    items: { id: string; unit: { id: string } }[];
  }>();
  sởReportId = own.items.find((item) => item.unit.id === hanoi)?.id as string;

  const [a, b, c] = schoolReports;
  const ids = fieldIds();
  await fillAndSubmit(
    a.client,
    a.id,
    {
      [ids.units]: true,
      [ids.people]: { numerator: 40, denominator: 50 },
      [ids.count]: 3,
      [ids.note]: 'Có câu lạc bộ tin học',
    },
    { results: 'Tổ chức 3 buổi ngoại khóa.' },
  );
  await fillAndSubmit(
    b.client,
    b.id,
    { [ids.units]: false, [ids.people]: { numerator: 10, denominator: 20 }, [ids.count]: 2 },
    { results: 'Tập huấn giáo viên.', limitations: 'Thiếu máy tính.' },
  );
  // Submitted, but the ward has not approved it: left out of the consolidation.
  await fillAndSubmit(
    c.client,
    c.id,
    { [ids.units]: true, [ids.people]: { numerator: 1, denominator: 1 }, [ids.count]: 100 },
    { results: 'Chưa được duyệt.' },
  );
  for (const report of [a, b]) {
    expect((await ward.post(`/api/reports/${report.id}/approve`)).statusCode).toBe(200);
  }
});
afterAll(() => t.close());

describe('POST /api/reports/:id/consolidate by a commune', () => {
  let before: Report;
  let consolidation: Consolidation;

  beforeAll(async () => {
    before = await read(wardLeader, wardReportId);
    const saved = await wardLeader.put(`/api/reports/${wardReportId}`, {
      version: before.version,
      values: { [fieldIds().count]: 1 },
      narrative: { proposals: 'Đề nghị Sở bổ sung thiết bị.' },
    });
    before = saved.json<Report>();
    const response = await consolidate(wardLeader, wardReportId, before.version);
    expect(response.statusCode).toBe(200);
    consolidation = response.json<Consolidation>();
  });

  it('sums counts, adds numerators and denominators, and answers yes only when every unit did', () => {
    const value = (id: string) => consolidation.report.fields.find((field) => field.indicatorId === id);
    expect(value(fieldIds().count)?.value).toBe(5);
    expect(value(fieldIds().people)).toMatchObject({ value: { numerator: 50, denominator: 70 } });
    expect(value(fieldIds().units)?.value).toBe(false);
    expect(consolidation.summary.fields).toEqual([
      { indicatorId: fieldIds().units, aggregation: 'all_yes', answered: 2, yes: 1 },
      { indicatorId: fieldIds().people, aggregation: 'ratio', answered: 2, yes: null },
      { indicatorId: fieldIds().count, aggregation: 'sum', answered: 2, yes: null },
      { indicatorId: fieldIds().note, aggregation: 'gathered', answered: 1, yes: null },
    ]);
  });

  it('gathers text and narratives unit by unit, keeping a section no school wrote', () => {
    const [a, b] = schoolReports;
    const { narrative, fields } = consolidation.report;
    expect(narrative.results).toContain(`${a.unitName}: Tổ chức 3 buổi ngoại khóa.`);
    expect(narrative.results).toContain(`${b.unitName}: Tập huấn giáo viên.`);
    expect(narrative.results).not.toContain('Chưa được duyệt');
    expect(narrative.limitations).toBe(`${b.unitName}: Thiếu máy tính.`);
    expect(narrative.proposals).toBe('Đề nghị Sở bổ sung thiết bị.');
    expect(fields.find((field) => field.indicatorId === fieldIds().note)?.value).toBe(
      `${a.unitName}: Có câu lạc bộ tin học`,
    );
  });

  it('counts the approved reports it included and the ones still waiting, so the screen can warn', () => {
    const { summary } = consolidation;
    expect(summary.included).toBe(2);
    expect(summary.subordinates).toBeGreaterThanOrEqual(3);
    expect(summary.notApproved).toBe(summary.subordinates - 2);
  });

  it('saves like an autosave: the version goes up, a stale version is refused with nothing changed', async () => {
    expect(consolidation.report.version).toBe(before.version + 1);
    expect(consolidation.report.status).toBe('draft');
    const stale = await consolidate(wardLeader, wardReportId, before.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await read(wardLeader, wardReportId)).version).toBe(consolidation.report.version);
  });

  it('is for the unit itself: its reviewers get 403, a school below does not see the report', async () => {
    expect((await consolidate(sở, wardReportId)).statusCode).toBe(403);
    expect((await consolidate(ward, wardReportId)).statusCode).toBe(403);
    const principal = schoolReports[0].client;
    expect(
      (await principal.post(`/api/reports/${wardReportId}/consolidate`, { version: 1 })).statusCode,
    ).toBe(404);
  });
});

describe('consolidation by the Sở', () => {
  beforeAll(async () => {
    expect((await wardLeader.post(`/api/reports/${wardReportId}/submit`)).statusCode).toBe(200);
    // The Sở approves the ward's report and, after the ward, one of its schools.
    expect((await sở.post(`/api/reports/${wardReportId}/approve`)).statusCode).toBe(200);
    expect((await sở.post(`/api/reports/${schoolReports[0].id}/approve`)).statusCode).toBe(200);
  });

  it('takes the communes’ reports and not again the schools they already consolidated', async () => {
    const response = await consolidate(sởLeader, sởReportId);
    expect(response.statusCode).toBe(200);
    const { report, summary } = response.json<Consolidation>();
    expect(summary.included).toBe(1);
    expect(report.fields.find((field) => field.indicatorId === fieldIds().count)?.value).toBe(5);
    expect(report.narrative.results).toMatch(/^Phường Hoàng Mai: /);
  });

  it('refuses a report already submitted', async () => {
    expect((await consolidate(wardLeader, wardReportId)).json().code).toBe('report_locked');
  });

  it('leaves consolidated reports out of the live roll-up, so the schools’ figures count once', async () => {
    const rollup = (await sở.get(`/api/rollups?round=${round.id}`)).json<Rollup>();
    const count = rollup.indicators.find((indicator) => indicator.indicatorId === fieldIds().count);
    // The three schools' 3 + 2 + 100, not again the 5 the ward consolidated from two of them.
    expect(count).toMatchObject({ value: 105, unitsReported: 3 });
  });
});
