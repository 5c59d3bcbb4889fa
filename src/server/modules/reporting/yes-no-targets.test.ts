import { strFromU8, unzipSync } from 'fflate';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import {
  hoangMaiSchoolReport,
  openSchoolRound,
  rollupFromReports,
  schoolYearRound,
} from '../../../../test/support/reporting-fixtures.js';
import type { Report, ReportForm, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { migrations } from '../../migrations/index.js';
import { departmentCode } from '../../seed/national-units.js';
import { planDraft } from '../plans/plan-test-support.js';
import { foldPendingCells } from './rollup-cells.js';

const HAS_PLAN = 'Có phương án ứng phó sự cố an toàn thông tin';
const HAD_INCIDENT = 'Để xảy ra sự cố mất an toàn thông tin nghiêm trọng';
const HAS_CLUB = 'Tỷ lệ trường có câu lạc bộ an toàn thông tin';

let t: DemoApp;
let sở: HttpClient;
let principal: HttpClient;
let round: ReportingRound;
let hanoi: string;

/**
 * A plan of Hà Nội with two yes/no indicators for 2026, one targeted Có (every school has a response
 * plan) and one Không (no school lets a serious incident happen), and a percent-of-units one whose first
 * year's target is 0 % of schools; a round of its schools on it.
 */
beforeAll(async () => {
  t = await startDemoApp();
  const admin = await t.signIn('admin');
  [sở, principal] = await Promise.all([t.signIn('so.hanoi'), t.signIn('truong.hoangmai')]);
  hanoi = await t.unitId(departmentCode('01'));
  const content = planDraft({
    periodStartYear: 2025,
    periodEndYear: 2026,
    objectives: [],
    indicators: [
      { name: HAS_PLAN, measure: 'yes_no', targets: [{ year: 2026, value: 1 }] },
      { name: HAD_INCIDENT, measure: 'yes_no', targets: [{ year: 2026, value: 0 }] },
      { name: HAS_CLUB, measure: 'percent_of_units', targets: [{ year: 2026, value: 0 }] },
    ],
  });
  const plan = (await admin.post('/api/plans', { issuerId: hanoi, ...content })).json<{ id: string }>();
  await admin.post(`/api/plans/${plan.id}/submit-for-review`);
  await admin.post(`/api/plans/${plan.id}/issue`, {});
  const form = (await sở.post('/api/report-forms', { planId: plan.id })).json<ReportForm>();
  round = await openSchoolRound(sở, schoolYearRound(form.id, hanoi));
});
afterAll(() => t.close());

const fieldOf = (report: Report, label: string) => {
  const field = report.fields.find((candidate) => candidate.label === label);
  if (!field) throw new Error(`no field ${label}`);
  return field;
};

async function sởRollup(): Promise<Map<string, Rollup['indicators'][number]>> {
  const response = await sở.get(`/api/rollups?round=${round.id}`);
  expect(response.statusCode).toBe(200);
  return new Map(response.json<Rollup>().indicators.map((indicator) => [indicator.label, indicator]));
}

it('asks each school the questions, with the targets as shares of schools answering “Có”, only Không a ceiling', async () => {
  const report = await hoangMaiSchoolReport(t, principal, round.id);
  expect(fieldOf(report, HAS_PLAN)).toMatchObject({ type: 'yes_no', target: 100, targetIsCeiling: false });
  expect(fieldOf(report, HAD_INCIDENT)).toMatchObject({ type: 'yes_no', target: 0, targetIsCeiling: true });
  expect(fieldOf(report, HAS_CLUB)).toMatchObject({ type: 'yes_no', target: 0, targetIsCeiling: false });
});

describe('once the school has answered Có, Không and Có', () => {
  let reportId: string;

  beforeAll(async () => {
    const report = await hoangMaiSchoolReport(t, principal, round.id);
    reportId = report.id;
    const submitted = await principal.post(`/api/reports/${report.id}/submit`, {
      version: report.version,
      values: {
        [fieldOf(report, HAS_PLAN).indicatorId as string]: true,
        [fieldOf(report, HAD_INCIDENT).indicatorId as string]: false,
        [fieldOf(report, HAS_CLUB).indicatorId as string]: true,
      },
    });
    expect(submitted.statusCode).toBe(200);
  });

  it('rolls up the share answering “Có” against 100 %, not against 1 %, and counts the school as meeting it', async () => {
    expect((await sởRollup()).get(HAS_PLAN)).toMatchObject({
      aggregation: 'share_yes',
      value: 100,
      target: 100,
      unitsMeetingTarget: 1,
    });
  });

  it('counts the school answering “Không” as meeting a target of Không, whose share of “Có” is 0 %', async () => {
    expect((await sởRollup()).get(HAD_INCIDENT)).toMatchObject({
      aggregation: 'share_yes',
      value: 0,
      target: 0,
      targetIsCeiling: true,
      unitsMeetingTarget: 1,
    });
  });

  it('keeps a percent-of-units target of 0 % a floor, which the school answering “Có” meets', async () => {
    expect((await sởRollup()).get(HAS_CLUB)).toMatchObject({
      value: 100,
      target: 0,
      targetIsCeiling: false,
      unitsMeetingTarget: 1,
    });
  });

  it('adds up the same from the reports as from the roll-up cells', async () => {
    expect([...(await sởRollup()).values()]).toEqual(await rollupFromReports(t, round.id, hanoi));
  });

  it('assesses every answer as Đạt in the report document, giving the target of Không as Không', async () => {
    const response = await principal.get(`/api/reports/${reportId}/document?format=docx`);
    const xml = strFromU8(
      unzipSync(new Uint8Array(response.rawPayload))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(xml.match(/>Đạt</g)).toHaveLength(3);
    expect(xml).toContain('>Không<');
    expect(xml).not.toContain('Chưa đạt');
  });

  it('recounts the stored cells through migration 0020: down, the count of “Có” again; up, of “Không”', async () => {
    const db = t.database.handle.db;
    await foldPendingCells(db);
    const meetingAtSở = async () => {
      const cell = await db
        .selectFrom('rollup_cells as s')
        .innerJoin('report_form_fields as f', 'f.id', 's.field_id')
        .innerJoin('reporting_rounds as rr', 'rr.id', 's.round_id')
        .innerJoin('org_units as u', 'u.id', 's.unit_id')
        .where('rr.public_id', '=', round.id)
        .where('u.public_id', '=', hanoi)
        .where('f.label', '=', HAD_INCIDENT)
        .select('s.meeting_target')
        .executeTakeFirstOrThrow();
      return Number(cell.meeting_target);
    };
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect(await meetingAtSở()).toBe(1);

    expect((await migrator.migrateTo('0019_notification_content')).error).toBeUndefined();
    expect(await meetingAtSở()).toBe(0);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect(await meetingAtSở()).toBe(1);
    expect((await sởRollup()).get(HAD_INCIDENT)?.unitsMeetingTarget).toBe(1);
  });
});
