import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { readAllNotifications } from '../../../../test/support/notifications.js';
import {
  openHanoiSchoolRound,
  reportIdOfUnit,
  SCHOOL_DEADLINE,
} from '../../../../test/support/reporting-fixtures.js';
import type { ReportingRound } from '../../../contract/reporting/reports.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';

let t: DemoApp;
let admin: HttpClient;
let commune: HttpClient;
let principal: HttpClient;
let round: ReportingRound;

const DAY = 24 * 60 * 60 * 1000;

async function signInEveryone() {
  [admin, commune, principal] = await Promise.all([
    t.signIn('admin'),
    t.signIn('xa.hoangmai'),
    t.signIn('truong.hoangmai'),
  ]);
}

/** Moves the clock on by days; sessions idle that long have ended, so everyone signs in again. */
async function daysPass(days: number) {
  t.clock.advance(days * DAY);
  await signInEveryone();
}

beforeAll(async () => {
  t = await startDemoApp();
  await signInEveryone();
  ({ round } = await openHanoiSchoolRound(t, { admin, sở: await t.signIn('so.hanoi') }));
});
afterAll(() => t.close());

/** E-mails kept in the outbox (no SMTP in tests) for one demo account. */
async function mailTo(username: string) {
  await t.app.services.jobRunner.drain();
  const { items } = (await admin.get('/api/admin/mail')).json<{
    items: { to: string; subject: string; text: string }[];
  }>();
  return items.filter((mail) => mail.to === `${username}@mangxanh.example`);
}

describe('notifications of a reporting round', () => {
  it('tell the schools that a round has opened, by when, in the app and by e-mail', async () => {
    const inbox = (await principal.get('/api/notifications')).json<{
      unread: number;
      items: { kind: string; title: string; content: unknown; link: string }[];
    }>();
    expect(inbox.items).toContainEqual(
      expect.objectContaining({
        kind: 'round_opened',
        title: `Đợt báo cáo mới: ${round.title}`,
        content: { kind: 'round_opened', roundTitle: round.title, dueOn: SCHOOL_DEADLINE },
        link: `/bao-cao?dot=${round.id}`,
      }),
    );
    expect(inbox.unread).toBeGreaterThan(0);
    expect((await mailTo('truong.hoangmai')).map((mail) => mail.subject)).toContain(
      `Đợt báo cáo mới: ${round.title}`,
    );

    await readAllNotifications(principal);
    expect((await principal.get('/api/notifications/unread')).json()).toEqual({ unread: 0 });
  });

  it('send one deadline digest per person per day, however often the daily job runs', async () => {
    await daysPass(3);
    await t.app.services.reminders.scheduleDaily();
    await t.app.services.reminders.scheduleDaily();
    const digests = (await mailTo('truong.hoangmai')).filter((mail) =>
      mail.subject.startsWith('Nhắc hạn nộp báo cáo'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain(
      'Trường THCS Hoàng Mai: Báo cáo năm học 2025-2026 — hạn nộp 01/12/2026',
    );

    await t.app.services.reminders.sendDaily({ date: '2026-11-29' });
    expect(
      (await mailTo('truong.hoangmai')).filter((mail) => mail.subject.startsWith('Nhắc hạn nộp')),
    ).toHaveLength(1);
  });

  it('escalate overdue reports to the level above: the commune hears which schools are late', async () => {
    await daysPass(4);
    await t.app.services.reminders.scheduleDaily();
    const escalations = (await mailTo('xa.hoangmai')).filter((mail) =>
      mail.subject.includes('quá hạn nộp báo cáo'),
    );
    expect(escalations).toHaveLength(1);
    expect(escalations[0]?.text).toContain('Trường THCS Hoàng Mai');
  });

  it('let a reviewer remind its missing units with one click, once a day', async () => {
    const first = await commune.post(`/api/reporting-rounds/${round.id}/reminders`);
    expect(first.json()).toEqual({ notified: expect.any(Number) });
    expect(first.json<{ notified: number }>().notified).toBeGreaterThan(0);
    expect((await commune.post(`/api/reporting-rounds/${round.id}/reminders`)).json()).toEqual({
      notified: 0,
    });
    const otherProvince = await t.signIn('so.thanhhoa');
    expect((await otherProvince.post(`/api/reporting-rounds/${round.id}/reminders`)).statusCode).toBe(404);
  });

  it('offer reminding to the units that review others, not to a school, which has nobody below it', async () => {
    const abilitiesFor = async (client: HttpClient) =>
      (await client.get(`/api/reporting-rounds/${round.id}`)).json<ReportingRound>().abilities;
    const listedAbilitiesFor = async (client: HttpClient) =>
      (await client.get('/api/reporting-rounds'))
        .json<{ items: Pick<ReportingRound, 'id' | 'abilities'>[] }>()
        .items.find((item) => item.id === round.id)?.abilities;
    expect(await abilitiesFor(commune)).toMatchObject({ remind: true });
    expect(await abilitiesFor(principal)).toMatchObject({ remind: false });
    expect(await listedAbilitiesFor(commune)).toEqual(await abilitiesFor(commune));
    expect(await listedAbilitiesFor(principal)).toEqual(await abilitiesFor(principal));
    const refused = await principal.post(`/api/reporting-rounds/${round.id}/reminders`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'forbidden' });
  });

  it('tell the school who returned its report and why, by e-mail unless it chose the app only', async () => {
    const reportId = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
    await principal.post(`/api/reports/${reportId}/submit`);
    await commune.post(`/api/reports/${reportId}/return`, { reason: 'Thiếu số liệu tập huấn.' });
    const returned = (await mailTo('truong.hoangmai')).filter((mail) =>
      mail.subject.startsWith('Báo cáo bị trả lại'),
    );
    expect(returned).toHaveLength(1);
    expect(returned[0]?.text).toContain('đã bị Phường Hoàng Mai trả lại để chỉnh sửa');
    expect(returned[0]?.text).toContain('Lý do: Thiếu số liệu tập huấn.');

    expect(
      (await principal.put('/api/me/notification-preferences', { emailReminders: true, emailUpdates: false }))
        .statusCode,
    ).toBe(204);
    expect((await principal.get('/api/me/notification-preferences')).json()).toEqual({
      emailReminders: true,
      emailUpdates: false,
    });
    await principal.post(`/api/reports/${reportId}/submit`);
    await commune.post(`/api/reports/${reportId}/return`, { reason: 'Lần hai.' });
    expect(
      (await mailTo('truong.hoangmai')).filter((mail) => mail.subject.startsWith('Báo cáo bị trả lại')),
    ).toHaveLength(1);
    const inbox = (await principal.get('/api/notifications')).json<{ items: { kind: string }[] }>();
    expect(inbox.items.filter((item) => item.kind === 'report_returned')).toHaveLength(2);
  });

  it('tell each reviewing level once a day how many submitted reports wait for it, round by round', async () => {
    const reportId = await reportIdOfUnit(principal, round.id, await t.unitId(DEMO_THCS_HOANG_MAI_CODE));
    expect((await principal.post(`/api/reports/${reportId}/submit`)).statusCode).toBe(200);
    await t.app.services.reminders.sendDaily({ date: '2026-12-08' });
    await t.app.services.reminders.sendDaily({ date: '2026-12-08' });

    const digests = (await mailTo('xa.hoangmai')).filter((mail) =>
      mail.subject.endsWith('báo cáo đang chờ duyệt'),
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain(`- ${round.title}: 1 báo cáo`);
    const inbox = (await commune.get('/api/notifications')).json<{
      items: { kind: string; link: string; content: unknown }[];
    }>();
    expect(inbox.items.find((item) => item.kind === 'review_digest')).toMatchObject({
      link: '/bao-cao?trang-thai=to_review',
      content: {
        kind: 'review_digest',
        rounds: expect.arrayContaining([{ roundTitle: round.title, waiting: 1 }]),
      },
    });
    // The Sở reviews it only after the commune has approved it.
    const sởDigests = (await mailTo('so.hanoi')).filter((mail) =>
      mail.subject.endsWith('báo cáo đang chờ duyệt'),
    );
    expect(sởDigests.every((mail) => !mail.text.includes(round.title))).toBe(true);
  });
});
