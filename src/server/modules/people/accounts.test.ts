import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoApp, startDemoApp } from '../../../../test/support/demo-app.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import type { Account, AccountList } from '../../../contract/accounts.js';
import type { SessionResponse } from '../../../contract/auth.js';
import type { OrgUnitDetail } from '../../../contract/org.js';
import { DEMO_THCS_HOANG_MAI_CODE } from '../../seed/demo-units.js';
import { departmentCode, MINISTRY_CODE } from '../../seed/national-units.js';

let t: DemoApp;
let admin: HttpClient;
let soHanoi: HttpClient;
let soThanhhoa: HttpClient;
let school: string;
beforeAll(async () => {
  t = await startDemoApp();
  [admin, soHanoi, soThanhhoa] = await Promise.all([
    t.signIn('admin'),
    t.signIn('so.hanoi'),
    t.signIn('so.thanhhoa'),
  ]);
  school = await t.unitId(DEMO_THCS_HOANG_MAI_CODE);
});
afterAll(() => t.close());

let sequence = 0;
async function createTeacher(role?: 'reporter' | 'viewer') {
  sequence += 1;
  const response = await admin.post('/api/accounts', {
    username: `giaovien.${sequence}`,
    displayName: `Giáo viên ${sequence}`,
    unitId: school,
    ...(role ? { role } : {}),
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ account: Account; temporaryPassword: string }>();
}

describe('GET /api/accounts', () => {
  it('requires authentication', async () => {
    expect((await new HttpClient(t.app).get('/api/accounts')).statusCode).toBe(401);
  });

  it('lists for a Sở specialist only the accounts of units in its province', async () => {
    const { items, total } = (await soHanoi.get('/api/accounts?limit=200')).json<AccountList>();
    expect(items.map((account) => account.username).sort()).toEqual([
      'so.hanoi',
      'truong.hoangmai',
      'xa.hoangmai',
    ]);
    expect(total).toBe(3);
    const thanhHoa = (await soThanhhoa.get('/api/accounts')).json<AccountList>();
    expect(thanhHoa.items.map((account) => account.username)).toEqual(['so.thanhhoa']);
  });

  it('answers 404 to a Sở specialist asking for the accounts under another province', async () => {
    const thanhHoa = await t.unitId(departmentCode('38'));
    expect((await soHanoi.get(`/api/accounts?under=${thanhHoa}`)).statusCode).toBe(404);
    const hanoi = await t.unitId(departmentCode('01'));
    expect((await soHanoi.get(`/api/accounts?under=${hanoi}`)).statusCode).toBe(200);
  });

  it('is offered on a unit’s page only where the caller may list its accounts', async () => {
    const readAccountsOf = async (unitCode: string) => {
      const unit = (await soHanoi.get(`/api/org-units/${await t.unitId(unitCode)}`)).json<OrgUnitDetail>();
      return unit.abilities.readAccounts;
    };
    expect(await readAccountsOf(departmentCode('01'))).toBe(true);
    expect(await readAccountsOf(DEMO_THCS_HOANG_MAI_CODE)).toBe(true);
    expect(await readAccountsOf(departmentCode('38'))).toBe(false);
    expect(await readAccountsOf(MINISTRY_CODE)).toBe(false);
  });

  it('shows each account with its unit, roles and what the caller may do', async () => {
    const { items } = (await admin.get('/api/accounts?q=truong')).json<AccountList>();
    expect(items).toEqual([
      expect.objectContaining({
        username: 'truong.hoangmai',
        displayName: 'Phạm Thị Lan',
        unit: expect.objectContaining({ name: 'Trường THCS Hoàng Mai', kind: 'school' }),
        roles: [
          expect.objectContaining({ role: 'leader', unit: expect.objectContaining({ kind: 'school' }) }),
          expect.objectContaining({ role: 'reporter' }),
        ],
        disabled: false,
        abilities: { update: true, disable: true, resetPassword: true, grantRoles: true },
      }),
    ]);
    const asSpecialist = (await soHanoi.get('/api/accounts?q=truong')).json<AccountList>();
    expect(asSpecialist.items[0]?.abilities).toEqual({
      update: false,
      disable: false,
      resetPassword: false,
      grantRoles: false,
    });
  });

  it('pages with a cursor without repeating or skipping anyone', async () => {
    const first = (await admin.get('/api/accounts?limit=2')).json<AccountList>();
    const second = (await admin.get(`/api/accounts?limit=2&cursor=${first.nextCursor}`)).json<AccountList>();
    const everyone = (await admin.get('/api/accounts?limit=200')).json<AccountList>();
    expect([...first.items, ...second.items].map((account) => account.username)).toEqual(
      everyone.items.slice(0, 4).map((account) => account.username),
    );
    expect(first.total).toBe(everyone.total);
  });

  it('refuses a role without the right to view accounts with 403', async () => {
    const teacher = await createTeacher('reporter');
    const client = await new HttpClient(t.app).signIn(teacher.account.username, teacher.temporaryPassword);
    await client.post('/api/me/password', {
      currentPassword: teacher.temporaryPassword,
      newPassword: 'cay-bang-lang-2026',
    });
    expect((await client.get('/api/accounts')).statusCode).toBe(403);
  });
});

describe('GET /api/accounts/:id', () => {
  it('answers 404 for an account of another province, as for one that does not exist', async () => {
    const { items } = (await admin.get('/api/accounts?q=truong.hoangmai')).json<AccountList>();
    const id = items[0]?.id;
    expect((await soHanoi.get(`/api/accounts/${id}`)).statusCode).toBe(200);
    expect((await soThanhhoa.get(`/api/accounts/${id}`)).json()).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await admin.get('/api/accounts/01JZ0000000000000000000000')).statusCode).toBe(404);
  });

  it('answers 400 naming the path id when it is not an id', async () => {
    const response = await admin.get('/api/accounts/42');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'path.id', message: 'expected an id' }]);
  });
});

describe('POST /api/accounts', () => {
  it('creates an account with a temporary password that must be changed before anything else', async () => {
    const { account, temporaryPassword } = await createTeacher('reporter');
    expect(account).toMatchObject({
      mustChangePassword: true,
      unit: { id: school },
      roles: [{ role: 'reporter' }],
    });

    const teacher = await new HttpClient(t.app).signIn(account.username, temporaryPassword);
    const me = (await teacher.get('/api/me')).json<SessionResponse>();
    expect(me.user.mustChangePassword).toBe(true);
    expect((await teacher.get('/api/org-units')).json()).toMatchObject({
      status: 403,
      code: 'password_change_required',
    });

    await teacher.post('/api/me/password', {
      currentPassword: temporaryPassword,
      newPassword: 'cay-bang-lang-2026',
    });
    expect((await teacher.get('/api/me')).json<SessionResponse>().user.mustChangePassword).toBe(false);
    expect((await teacher.get('/api/org-units')).statusCode).toBe(200);
  });

  it('refuses a username already in use with 409 username_taken', async () => {
    const response = await admin.post('/api/accounts', {
      username: 'So.HaNoi',
      displayName: 'Trùng tên',
      unitId: school,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('username_taken');
  });

  it('refuses a username with diacritics or spaces, naming the field', async () => {
    const response = await admin.post('/api/accounts', {
      username: 'hiệu trưởng',
      displayName: 'X Y',
      unitId: school,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('body.username');
  });

  it('refuses a closed unit with 422 unit_closed', async () => {
    const closed = await t.unitId('PGD-01-008');
    const response = await admin.post('/api/accounts', {
      username: 'pgd.cu',
      displayName: 'Cán bộ cũ',
      unitId: closed,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().code).toBe('unit_closed');
  });

  it('lets a Sở specialist view but not create accounts (403), and hides other provinces (404)', async () => {
    const body = { username: 'khong.duoc', displayName: 'Không được', unitId: school };
    expect((await soHanoi.post('/api/accounts', body)).statusCode).toBe(403);
    expect((await soThanhhoa.post('/api/accounts', body)).statusCode).toBe(404);
  });
});

describe('PATCH /api/accounts/:id', () => {
  it('changes the name and answers 409 to a second editor holding the old version', async () => {
    const { account } = await createTeacher();
    const first = await admin.patch(`/api/accounts/${account.id}`, {
      version: account.version,
      displayName: 'Cô Hạnh',
    });
    expect(first.json()).toMatchObject({ displayName: 'Cô Hạnh', version: account.version + 1 });
    const second = await admin.patch(`/api/accounts/${account.id}`, {
      version: account.version,
      displayName: 'Cô Hà',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('version_conflict');
    expect((await admin.get(`/api/accounts/${account.id}`)).json().displayName).toBe('Cô Hạnh');
  });

  it('disabling an account ends its sessions at once', async () => {
    const { account, temporaryPassword } = await createTeacher();
    const teacher = await new HttpClient(t.app).signIn(account.username, temporaryPassword);
    expect((await teacher.get('/api/me')).statusCode).toBe(200);
    const response = await admin.patch(`/api/accounts/${account.id}`, {
      version: account.version,
      disabled: true,
    });
    expect(response.json().disabled).toBe(true);
    expect((await teacher.get('/api/me')).statusCode).toBe(401);
    await expect(new HttpClient(t.app).signIn(account.username, temporaryPassword)).rejects.toThrow(/403/);
  });

  it('lets nobody lock their own account or change their own roles, so an administrator cannot lock themselves out', async () => {
    const me = (await admin.get('/api/me')).json<SessionResponse>();
    const own = (await admin.get(`/api/accounts/${me.user.id}`)).json<Account>();
    expect(own.abilities).toEqual({ update: true, disable: false, resetPassword: false, grantRoles: false });
    const locking = await admin.patch(`/api/accounts/${own.id}`, { version: own.version, disabled: true });
    expect(locking.json()).toMatchObject({ status: 403, code: 'forbidden' });
    const revoking = await admin.delete(`/api/accounts/${own.id}/roles/${own.roles[0]?.id}`);
    expect(revoking.json()).toMatchObject({ status: 403, code: 'forbidden' });
    const granting = await admin.post(`/api/accounts/${own.id}/roles`, { role: 'viewer', unitId: school });
    expect(granting.json()).toMatchObject({ status: 403, code: 'forbidden' });
    expect((await admin.get(`/api/accounts/${own.id}`)).json<Account>()).toMatchObject({
      disabled: false,
      roles: own.roles,
    });
  });

  it('refuses an unknown field', async () => {
    const { account } = await createTeacher();
    const response = await admin.patch(`/api/accounts/${account.id}`, {
      version: account.version,
      role: 'leader',
    });
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'body.role' }] });
  });
});

describe('password reset and roles', () => {
  it('a reset gives a new temporary password and ends the account’s sessions', async () => {
    const { account, temporaryPassword } = await createTeacher();
    const teacher = await new HttpClient(t.app).signIn(account.username, temporaryPassword);
    const reset = await admin.post(`/api/accounts/${account.id}/password-reset`);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword: newPassword } = reset.json<{ temporaryPassword: string }>();
    expect((await teacher.get('/api/me')).statusCode).toBe(401);
    await expect(new HttpClient(t.app).signIn(account.username, newPassword)).resolves.toBeInstanceOf(
      HttpClient,
    );
  });

  it('grants a role at a unit and revokes it', async () => {
    const { account } = await createTeacher();
    const granted = await admin.post(`/api/accounts/${account.id}/roles`, { role: 'viewer', unitId: school });
    const grant = granted.json<Account>().roles.find((role) => role.role === 'viewer');
    expect(grant).toBeDefined();
    expect((await admin.delete(`/api/accounts/${account.id}/roles/${grant?.id}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/accounts/${account.id}`)).json<Account>().roles).toEqual([]);
  });

  it('a person with several roles picks the active one, and permissions follow it', async () => {
    const officer = await t.signIn('xa.hoangmai');
    const me = (await officer.get('/api/me')).json<SessionResponse>();
    expect(me.roles.map((role) => role.role)).toEqual(['specialist', 'reporter']);
    expect(me.activeRoleId).toBe(me.roles[0]?.id);
    expect(me.permissions).toContain('account.read');

    const reporter = me.roles.find((role) => role.role === 'reporter');
    expect((await officer.put('/api/me/active-role', { roleId: reporter?.id })).statusCode).toBe(204);
    const after = (await officer.get('/api/me')).json<SessionResponse>();
    expect(after.activeRoleId).toBe(reporter?.id);
    expect(after.permissions).not.toContain('account.read');
    expect((await officer.get('/api/accounts')).statusCode).toBe(403);
  });
});
