import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { Report, ReportingRound, Rollup } from '../../../contract/reporting/reports.js';
import { parseCsv } from '../../core/spreadsheet/csv.js';

let t: DemoApp;
beforeAll(async () => {
  t = await startDemoApp();
});
afterAll(() => t.close());

async function roundTitled(username: 'so.thanhhoa' | 'so.hanoi', title: string) {
  const client = await t.signIn(username);
  const { items } = (await client.get('/api/reporting-rounds')).json<{ items: ReportingRound[] }>();
  const round = items.find((item) => item.title.startsWith(title));
  if (!round) throw new Error(`no demo round "${title}"`);
  return { client, round: (await client.get(`/api/reporting-rounds/${round.id}`)).json<ReportingRound>() };
}

describe('the demo reporting data', () => {
  it('has a closed Thanh Hóa round of last school year with on-time, late, returned, missing and approved reports', async () => {
    const { client, round } = await roundTitled('so.thanhhoa', 'Báo cáo kết quả năm học 2025-2026');
    expect(round.status).toBe('closed');
    expect(round.counts.submitted).toBeGreaterThan(0);
    expect(round.counts.submitted).toBeLessThan(round.counts.expected);
    expect(round.counts.approved).toBeGreaterThan(0);

    const { items } = (await client.get(`/api/reports?round=${round.id}&limit=500`)).json<{
      items: { status: string; late: boolean }[];
    }>();
    const statuses = new Set(items.map((item) => (item.late ? 'late' : item.status)));
    expect([...statuses].sort()).toEqual(['approved', 'draft', 'late', 'returned', 'submitted']);

    const rollup = (await client.get(`/api/rollups?round=${round.id}`)).json<Rollup>();
    expect(rollup.indicators[0]).toMatchObject({ target: 100, unitsExpected: round.counts.expected });
    expect(rollup.indicators[0]?.value).toBeGreaterThan(50);
  });

  it('has an open Hà Nội round whose deadline lies ahead, where Trường THCS Hoàng Mai has a draft to submit', async () => {
    const { round } = await roundTitled('so.hanoi', 'Văn hóa ứng xử trên không gian mạng');
    expect(round).toMatchObject({ status: 'open', deadlines: [{ unitKind: 'school', dueOn: '2026-12-01' }] });

    const principal = await t.signIn('truong.hoangmai');
    const { items } = (await principal.get(`/api/reports?round=${round.id}`)).json<{
      items: { id: string }[];
    }>();
    const report = (await principal.get(`/api/reports/${items[0]?.id}`)).json<Report>();
    expect(report).toMatchObject({
      status: 'draft',
      unit: { name: 'Trường THCS Hoàng Mai' },
      abilities: { submit: true },
    });
    expect(report.fields[0]?.value).toBe(true);
    expect(report.narrative.results).toContain('ngoại khóa');
  });

  it('exports the open Hà Nội round with each percent to one decimal place, as the screen shows it', async () => {
    const { client, round } = await roundTitled('so.hanoi', 'Văn hóa ứng xử trên không gian mạng');
    const response = await client.get(`/api/reporting-rounds/${round.id}/export?format=csv`);
    const [header = [], ...rows] = parseCsv(response.body.replace(/^\uFEFF/, ''));
    const students = header.findIndex((title) => title.startsWith('Học sinh được tuyên truyền'));
    const school = rows.find((row) => row[1] === 'Trường THCS Hoàng Mai');
    // 812 of 905 students: 89.72375690607734 %, written as the report shows it.
    expect(school?.[students]).toBe('89.7');
  });
});
