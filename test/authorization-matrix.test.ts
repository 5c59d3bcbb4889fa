import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Account } from '../src/contract/accounts.js';
import type { SessionResponse } from '../src/contract/auth.js';
import type { Report, ReportForm, ReportingRound } from '../src/contract/reporting/reports.js';
import { csvFile, school } from '../src/server/modules/org/spreadsheet/unit-spreadsheet-test-support.js';
import { planDraft, plansInEachStatus } from '../src/server/modules/plans/plan-test-support.js';
import { testFiles } from '../src/server/modules/reporting/attachments/attachment-test-files.js';
import { PHUONG_HOANG_MAI_CODE } from '../src/server/seed/demo.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../src/server/seed/demo-units.js';
import { departmentCode } from '../src/server/seed/national-units.js';
import { type DemoApp, type DemoUsername, startDemoApp } from './support/demo-app.js';
import { HttpClient } from './support/http-client.js';
import {
  openHanoiSchoolRound,
  openSchoolRound,
  reportIdOfUnit,
  schoolYearRound,
} from './support/reporting-fixtures.js';

/**
 * For every endpoint and every demo role, the status the endpoint answers. A route added to the app
 * without a row here fails the first test, so no endpoint ships without its access decided.
 */
type Actor = 'anonymous' | DemoUsername;

interface Probe {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Fixtures {
  school: string;
  principal: Account;
  target: Account;
  session: SessionResponse | null;
  nextUsername(): string;
  plans: Awaited<ReturnType<typeof plansInEachStatus>>;
  hanoi: string;
  reporting: {
    planId: string;
    form: ReportForm;
    round: ReportingRound;
    /** A second round of the same form, closed and repeated by the probes. */
    roundToClose: ReportingRound;
    report: Report;
    commune: string;
    /** An attachment of the school's report, and the report's template as the school downloaded it. */
    attachmentId: string;
    template: Buffer;
  };
}

interface Row {
  probe(fixtures: Fixtures): Probe;
  expected: Record<Actor, number>;
  /** The probe ends or changes the caller's session, so it gets one of its own. */
  ownSession?: true;
}

/** Everyone signed in gets the same answer; anonymous callers get 401. */
const signedIn = (status: number): Record<Actor, number> => ({
  anonymous: 401,
  admin: status,
  'so.hanoi': status,
  'so.thanhhoa': status,
  'xa.hoangmai': status,
  'truong.hoangmai': status,
});

/** Writes on the school's accounts: only the system administrator; the school's own province sees (403), others not (404). */
const manageSchoolAccounts = (adminStatus: number): Record<Actor, number> => ({
  anonymous: 401,
  'so.thanhhoa': 404,
  'so.hanoi': 403,
  'xa.hoangmai': 403,
  'truong.hoangmai': 403,
  admin: adminStatus,
});

/** An issued plan of Sở Hà Nội: visible below it (the ward, the school), invisible to another province. */
const hanoiPlanWrite = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  'so.thanhhoa': 404,
});

/** A draft of Sở Hà Nội: only its own people (and the system administrator) see it. */
const hanoiPlanDraft = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  'so.thanhhoa': 404,
  'xa.hoangmai': 404,
  'truong.hoangmai': 404,
});

const matrix: Record<string, Row> = {
  'GET /api/health': {
    probe: () => ({ method: 'GET', url: '/api/health' }),
    expected: { ...signedIn(200), anonymous: 200 },
  },
  'POST /api/auth/sign-in': {
    probe: ({ session }) => ({
      method: 'POST',
      url: '/api/auth/sign-in',
      // Unknown names, one per caller, so no probe meets the per-account throttle or locks a real account.
      body: { username: `${session?.user.username ?? 'anonymous'}.unknown`, password: 'not-the-password' },
    }),
    expected: { ...signedIn(401), anonymous: 401 },
  },
  'POST /api/auth/sign-out': {
    probe: () => ({ method: 'POST', url: '/api/auth/sign-out' }),
    expected: signedIn(204),
    ownSession: true,
  },
  'GET /api/me': { probe: () => ({ method: 'GET', url: '/api/me' }), expected: signedIn(200) },
  'GET /api/session': {
    probe: () => ({ method: 'GET', url: '/api/session' }),
    expected: { ...signedIn(200), anonymous: 200 },
  },
  'POST /api/me/password': {
    probe: () => ({
      method: 'POST',
      url: '/api/me/password',
      body: { currentPassword: 'not-the-password', newPassword: 'mot-mat-khau-moi-2026' },
    }),
    expected: signedIn(422),
  },
  'PUT /api/me/active-role': {
    probe: ({ session }) => ({
      method: 'PUT',
      url: '/api/me/active-role',
      body: { roleId: session?.roles[0]?.id ?? '01JZ0000000000000000000000' },
    }),
    expected: signedIn(204),
    ownSession: true,
  },
  'GET /api/admin/mail': {
    probe: () => ({ method: 'GET', url: '/api/admin/mail' }),
    expected: { ...signedIn(403), admin: 200 },
  },
  'GET /api/plans/:id/document': {
    probe: ({ plans }) => ({ method: 'GET', url: `/api/plans/${plans.issued}/document?format=docx` }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'POST /api/report-forms': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: '/api/report-forms',
      body: { planId: reporting.planId },
    }),
    expected: { ...signedIn(404), 'so.hanoi': 201, admin: 201 },
  },
  'GET /api/report-forms/:id': {
    probe: ({ reporting }) => ({ method: 'GET', url: `/api/report-forms/${reporting.form.id}` }),
    expected: { ...signedIn(404), 'so.hanoi': 200, admin: 200 },
  },
  'POST /api/report-forms/:id/versions': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/report-forms/${reporting.form.id}/versions`,
      body: { version: reporting.form.version, extraQuestions: [] },
    }),
    // The administrator comes after Sở Hà Nội has added the version the probe names as the latest.
    expected: { ...signedIn(404), 'so.hanoi': 201, admin: 409 },
  },
  'POST /api/reporting-rounds': {
    probe: ({ reporting, hanoi }) => ({
      method: 'POST',
      url: '/api/reporting-rounds',
      body: {
        formId: reporting.form.id,
        title: 'Đợt kiểm thử quyền',
        periodKind: 'quarter',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        targetYear: 2026,
        units: { under: hanoi, kinds: ['department'] },
        deadlines: [{ unitKind: 'department', dueOn: '2027-01-10' }],
      },
    }),
    expected: { ...signedIn(404), 'so.hanoi': 201, admin: 201 },
  },
  'GET /api/reporting-rounds': {
    probe: () => ({ method: 'GET', url: '/api/reporting-rounds' }),
    expected: signedIn(200),
  },
  'GET /api/reporting-rounds/:id': {
    probe: ({ reporting }) => ({ method: 'GET', url: `/api/reporting-rounds/${reporting.round.id}` }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'POST /api/reporting-rounds/:id/close': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reporting-rounds/${reporting.roundToClose.id}/close`,
    }),
    // Units reporting in the round see it but do not run it; the administrator comes after Sở Hà Nội closed it.
    expected: {
      ...signedIn(403),
      'so.thanhhoa': 404,
      'so.hanoi': 200,
      admin: 409,
    },
  },
  'POST /api/reporting-rounds/:id/repeat': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reporting-rounds/${reporting.roundToClose.id}/repeat`,
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'so.hanoi': 201, admin: 409 },
  },
  'GET /api/reports': { probe: () => ({ method: 'GET', url: '/api/reports' }), expected: signedIn(200) },
  'GET /api/reports/:id': {
    probe: ({ reporting }) => ({ method: 'GET', url: `/api/reports/${reporting.report.id}` }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'GET /api/reports/:id/document': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reports/${reporting.report.id}/document?format=docx`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  // The school's report walks its workflow row by row: filled, submitted, approved by the commune,
  // the approval withdrawn, then returned. Only the unit or the reviewing level may take each step.
  'PUT /api/reports/:id': {
    probe: ({ reporting }) => ({
      method: 'PUT',
      url: `/api/reports/${reporting.report.id}`,
      body: { version: reporting.report.version, values: {} },
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 200 },
  },
  'POST /api/reports/:id/attachments': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reports/${reporting.report.id}/attachments?fileName=${encodeURIComponent('Minh chứng.pdf')}`,
      body: testFiles.pdf(),
      headers: { 'content-type': 'application/pdf' },
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 201 },
  },
  'GET /api/reports/:id/attachments/:attachmentId': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reports/${reporting.report.id}/attachments/${reporting.attachmentId}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'DELETE /api/reports/:id/attachments/:attachmentId': {
    probe: ({ reporting }) => ({
      method: 'DELETE',
      url: `/api/reports/${reporting.report.id}/attachments/${reporting.attachmentId}`,
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 204 },
  },
  'GET /api/reports/:id/template': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reports/${reporting.report.id}/template?format=xlsx`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'POST /api/reports/:id/import': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reports/${reporting.report.id}/import?mode=dry-run`,
      body: reporting.template,
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 200 },
  },
  // A school has no units below it: consolidating its draft includes nothing, but it may.
  'POST /api/reports/:id/consolidate': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reports/${reporting.report.id}/consolidate`,
      body: { version: reporting.report.version },
    }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 200 },
  },
  'POST /api/reports/:id/submit': {
    probe: ({ reporting }) => ({ method: 'POST', url: `/api/reports/${reporting.report.id}/submit` }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'truong.hoangmai': 200 },
  },
  'POST /api/reports/:id/approve': {
    probe: ({ reporting }) => ({ method: 'POST', url: `/api/reports/${reporting.report.id}/approve` }),
    expected: { ...signedIn(403), 'so.thanhhoa': 404, 'xa.hoangmai': 200 },
  },
  'POST /api/reports/:id/unapprove': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reports/${reporting.report.id}/unapprove`,
      body: { reason: 'Kiểm tra lại' },
    }),
    expected: { ...signedIn(409), 'so.thanhhoa': 404, 'so.hanoi': 403, 'xa.hoangmai': 200 },
  },
  'POST /api/reports/:id/return': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reports/${reporting.report.id}/return`,
      body: { reason: 'Thiếu số liệu' },
    }),
    expected: { ...signedIn(409), 'so.thanhhoa': 404, 'so.hanoi': 403, 'xa.hoangmai': 200 },
  },
  'GET /api/reporting-rounds/:id/export': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/export?format=xlsx`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'POST /api/reporting-rounds/:id/reminders': {
    probe: ({ reporting }) => ({
      method: 'POST',
      url: `/api/reporting-rounds/${reporting.round.id}/reminders`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, admin: 404, 'truong.hoangmai': 403 },
  },
  'GET /api/notifications': {
    probe: () => ({ method: 'GET', url: '/api/notifications' }),
    expected: signedIn(200),
  },
  'GET /api/notifications/unread': {
    probe: () => ({ method: 'GET', url: '/api/notifications/unread' }),
    expected: signedIn(200),
  },
  'POST /api/notifications/read': {
    // Someone else's notification, or none: nothing of the caller's changes, and nothing is told.
    probe: () => ({
      method: 'POST',
      url: '/api/notifications/read',
      body: { ids: ['01JZ0000000000000000000000'] },
    }),
    expected: signedIn(204),
  },
  'GET /api/me/notification-preferences': {
    probe: () => ({ method: 'GET', url: '/api/me/notification-preferences' }),
    expected: signedIn(200),
  },
  'PUT /api/me/notification-preferences': {
    probe: () => ({
      method: 'PUT',
      url: '/api/me/notification-preferences',
      body: { emailReminders: true, emailUpdates: true },
    }),
    expected: signedIn(204),
  },
  'GET /api/rollups': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/rollups?round=${reporting.round.id}&unit=${reporting.commune}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/reporting-rounds/:id/completeness': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/completeness?unit=${reporting.commune}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/reporting-rounds/:id/outstanding': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/outstanding?unit=${reporting.commune}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/reporting-rounds/:id/completeness/export': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/completeness/export?unit=${reporting.commune}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/reporting-rounds/:id/outstanding/export': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/outstanding/export?unit=${reporting.commune}&format=csv`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/reporting-rounds/:id/trend': {
    probe: ({ reporting }) => ({
      method: 'GET',
      url: `/api/reporting-rounds/${reporting.round.id}/trend?unit=${reporting.commune}`,
    }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404, 'truong.hoangmai': 404 },
  },
  'GET /api/org-units': {
    probe: () => ({ method: 'GET', url: '/api/org-units?kind=department' }),
    expected: signedIn(200),
  },
  'GET /api/org-units/:id': {
    probe: ({ school }) => ({ method: 'GET', url: `/api/org-units/${school}` }),
    expected: signedIn(200),
  },
  'GET /api/org-units/:id/children': {
    probe: ({ school }) => ({ method: 'GET', url: `/api/org-units/${school}/children` }),
    expected: signedIn(200),
  },
  'GET /api/unit-imports/template': {
    probe: () => ({ method: 'GET', url: '/api/unit-imports/template?format=csv' }),
    expected: signedIn(200),
  },
  'POST /api/unit-imports': {
    // A dry run: it decides access and reads the file, and writes nothing.
    probe: () => ({
      method: 'POST',
      url: '/api/unit-imports?mode=dry-run',
      body: csvFile([school('TH-MATRAN-01', DEMO_THCS_HOANG_MAI_CODE)]),
      headers: { 'content-type': 'text/csv' },
    }),
    expected: { ...signedIn(403), admin: 200 },
  },
  'GET /api/org-units/export': {
    probe: ({ school }) => ({ method: 'GET', url: `/api/org-units/export?under=${school}&format=csv` }),
    expected: signedIn(200),
  },
  'GET /api/staff-imports/template': {
    probe: () => ({ method: 'GET', url: '/api/staff-imports/template?format=csv' }),
    expected: signedIn(200),
  },
  'POST /api/staff-imports': {
    // A dry run: it decides access and reads the file, and creates no account.
    probe: () => ({
      method: 'POST',
      url: '/api/staff-imports?mode=dry-run',
      body: `Tên đăng nhập,Họ và tên,Email,Mã đơn vị,Vai trò\r\nmatran.nhap,Người Nhập,,${DEMO_THCS_HOANG_MAI_CODE},\r\n`,
      headers: { 'content-type': 'text/csv' },
    }),
    expected: { ...signedIn(403), admin: 200 },
  },
  'GET /api/accounts': { probe: () => ({ method: 'GET', url: '/api/accounts' }), expected: signedIn(200) },
  'GET /api/accounts/:id': {
    probe: ({ principal }) => ({ method: 'GET', url: `/api/accounts/${principal.id}` }),
    expected: { ...signedIn(200), 'so.thanhhoa': 404 },
  },
  'POST /api/accounts': {
    probe: ({ school, nextUsername }) => ({
      method: 'POST',
      url: '/api/accounts',
      body: { username: nextUsername(), displayName: 'Giáo viên mới', unitId: school },
    }),
    expected: manageSchoolAccounts(201),
  },
  'PATCH /api/accounts/:id': {
    probe: ({ target }) => ({
      method: 'PATCH',
      url: `/api/accounts/${target.id}`,
      body: { version: target.version, displayName: 'Tên đã sửa' },
    }),
    expected: manageSchoolAccounts(200),
  },
  'POST /api/accounts/:id/password-reset': {
    probe: ({ target }) => ({ method: 'POST', url: `/api/accounts/${target.id}/password-reset` }),
    expected: manageSchoolAccounts(200),
  },
  'POST /api/accounts/:id/roles': {
    probe: ({ target, school }) => ({
      method: 'POST',
      url: `/api/accounts/${target.id}/roles`,
      body: { role: 'viewer', unitId: school },
    }),
    expected: manageSchoolAccounts(200),
  },
  'DELETE /api/accounts/:id/roles/:roleId': {
    probe: ({ target }) => ({
      method: 'DELETE',
      url: `/api/accounts/${target.id}/roles/${target.roles[0]?.id}`,
    }),
    expected: manageSchoolAccounts(204),
  },

  'GET /api/plans': { probe: () => ({ method: 'GET', url: '/api/plans' }), expected: signedIn(200) },
  'POST /api/plans': {
    probe: ({ hanoi }) => ({ method: 'POST', url: '/api/plans', body: { issuerId: hanoi, ...planDraft() } }),
    // Units are public, so drafting for one where the caller does not author is 403 rather than 404.
    expected: { ...signedIn(403), 'so.hanoi': 201, admin: 201 },
  },
  'GET /api/plans/:id': {
    probe: ({ plans }) => ({ method: 'GET', url: `/api/plans/${plans.draft}` }),
    expected: hanoiPlanDraft(200),
  },
  'PUT /api/plans/:id': {
    // A stale version on purpose: whoever gets past access is told of the conflict, and nothing changes.
    probe: ({ plans }) => ({
      method: 'PUT',
      url: `/api/plans/${plans.draft}`,
      body: { version: 99, ...planDraft() },
    }),
    expected: hanoiPlanDraft(409),
  },
  'POST /api/plans/:id/submit-for-review': {
    probe: ({ plans }) => ({ method: 'POST', url: `/api/plans/${plans.draft}/submit-for-review` }),
    expected: { ...hanoiPlanDraft(200), admin: 409 },
  },
  'POST /api/plans/:id/issue': {
    probe: ({ plans }) => ({ method: 'POST', url: `/api/plans/${plans.inReview}/issue`, body: {} }),
    expected: { ...hanoiPlanDraft(403), admin: 200 },
  },
  'POST /api/plans/:id/amend': {
    probe: ({ plans }) => ({ method: 'POST', url: `/api/plans/${plans.issued}/amend` }),
    expected: { ...hanoiPlanWrite(403), 'so.hanoi': 201, admin: 201 },
  },
  'POST /api/plans/:id/close': {
    probe: ({ plans }) => ({ method: 'POST', url: `/api/plans/${plans.issuedToClose}/close`, body: {} }),
    expected: { ...hanoiPlanWrite(403), admin: 200 },
  },
  'POST /api/plans/:id/implementing-plan': {
    probe: ({ plans }) => ({ method: 'POST', url: `/api/plans/${plans.issued}/implementing-plan` }),
    expected: { ...hanoiPlanWrite(201), 'so.hanoi': 403 },
  },
  'POST /api/plans/import-docx': {
    probe: () => ({
      method: 'POST',
      url: '/api/plans/import-docx',
      body: 'not a Word file',
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    }),
    // Access passes for everyone signed in; the body is then refused as not a document.
    expected: signedIn(422),
  },
  'POST /api/plans/import': {
    probe: () => ({
      method: 'POST',
      url: '/api/plans/import',
      body: { text: 'KẾ HOẠCH\n\nTuyên truyền về an toàn thông tin' },
    }),
    // Everyone here authors plans at their own unit, where an imported draft goes.
    expected: signedIn(201),
  },
  'POST /api/plans/:id/cascade': {
    probe: ({ plans }) => ({
      method: 'POST',
      url: `/api/plans/${plans.issuedToCascade}/cascade`,
      body: { dueOn: '2026-12-31', kinds: ['commune'] },
    }),
    // The administrator comes after Sở Hà Nội has required every commune already.
    expected: { ...hanoiPlanWrite(403), 'so.hanoi': 200, admin: 422 },
  },
  'GET /api/plans/:id/cascade': {
    probe: ({ plans }) => ({ method: 'GET', url: `/api/plans/${plans.issuedToCascade}/cascade` }),
    expected: { ...hanoiPlanWrite(403), 'so.hanoi': 200, admin: 200 },
  },
  'GET /api/me/plan-requirements': {
    probe: () => ({ method: 'GET', url: '/api/me/plan-requirements' }),
    expected: signedIn(200),
  },
};

// The system administrator goes last, so a successful write cannot change what the others are probed on.
const actors: Actor[] = ['anonymous', 'so.thanhhoa', 'so.hanoi', 'xa.hoangmai', 'truong.hoangmai', 'admin'];

let t: DemoApp;
let fixtures: Omit<Fixtures, 'session'>;
const sessions = new Map<Actor, HttpClient>();

async function sessionOf(actor: Actor, own: boolean): Promise<HttpClient> {
  if (actor === 'anonymous') return new HttpClient(t.app);
  if (own) return t.signIn(actor);
  const existing = sessions.get(actor) ?? (await t.signIn(actor));
  sessions.set(actor, existing);
  return existing;
}

beforeAll(async () => {
  t = await startDemoApp();
  const admin = await sessionOf('admin', false);
  const school = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
  const principal = (await admin.get('/api/accounts?q=truong.hoangmai')).json<{ items: Account[] }>()
    .items[0];
  const created = await admin.post('/api/accounts', {
    username: 'giaovien.matran',
    displayName: 'Giáo viên kiểm thử',
    unitId: school,
    role: 'reporter',
  });
  if (!principal || created.statusCode !== 201) throw new Error('matrix fixtures could not be created');
  const hanoi = await t.unitId(departmentCode('01'));
  let sequence = 0;
  const sở = await sessionOf('so.hanoi', false);
  const reporting = await openHanoiSchoolRound(t, { admin, sở });
  const roundToClose = await openSchoolRound(
    sở,
    schoolYearRound(reporting.form.id, hanoi, { title: 'Đợt kiểm thử kết thúc và lặp lại' }),
  );
  const reportId = await reportIdOfUnit(admin, reporting.round.id, school);
  const principalSession = await sessionOf('truong.hoangmai', false);
  const attached = await principalSession.post(
    `/api/reports/${reportId}/attachments?fileName=${encodeURIComponent('Biên bản.pdf')}`,
    testFiles.pdf(),
    { 'content-type': 'application/pdf' },
  );
  const template = await principalSession.get(`/api/reports/${reportId}/template?format=xlsx`);
  if (attached.statusCode !== 201 || template.statusCode !== 200)
    throw new Error('matrix fixtures could not be created');
  fixtures = {
    hanoi,
    reporting: {
      ...reporting,
      roundToClose,
      report: (await admin.get(`/api/reports/${reportId}`)).json<Report>(),
      commune: await t.unitId(PHUONG_HOANG_MAI_CODE),
      attachmentId: attached.json<{ id: string }>().id,
      template: template.rawPayload,
    },
    plans: await plansInEachStatus(admin, hanoi),
    school,
    principal,
    target: created.json<{ account: Account }>().account,
    nextUsername: () => {
      sequence += 1;
      return `matran.${sequence}`;
    },
  };
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  it('has a row for every endpoint of the app, and no row for an endpoint that does not exist', () => {
    const endpoints = t.app.catalogue.map((route) => `${route.method} ${route.url}`).sort();
    expect(Object.keys(matrix).sort()).toEqual(endpoints);
  });

  for (const [endpoint, row] of Object.entries(matrix)) {
    it(`${endpoint} answers each role as decided`, async () => {
      const answered: Partial<Record<Actor, number>> = {};
      // Read once per row: only the system administrator, probing last, changes the target account.
      const admin = await sessionOf('admin', false);
      const target = (await admin.get(`/api/accounts/${fixtures.target.id}`)).json<Account>();
      const report = (await admin.get(`/api/reports/${fixtures.reporting.report.id}`)).json<Report>();
      for (const actor of actors) {
        const client = await sessionOf(actor, row.ownSession === true);
        const session = actor === 'anonymous' ? null : (await client.get('/api/me')).json<SessionResponse>();
        const probe = row.probe({
          ...fixtures,
          target,
          session,
          reporting: { ...fixtures.reporting, report },
        });
        answered[actor] = (
          await client.request(probe.method, probe.url, probe.body, probe.headers)
        ).statusCode;
      }
      expect(answered).toEqual(row.expected);
    });
  }
});
