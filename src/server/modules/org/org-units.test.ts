import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../../../test/support/factories.js';
import { HttpClient } from '../../../../test/support/http-client.js';
import { seedUnits } from '../../../../test/support/org-units.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { OrgUnit, OrgUnitChild, OrgUnitDetail, OrgUnitList } from '../../../contract/org.js';
import { loadProvinces, type Province } from '../../seed/admin-units.js';
import {
  DEMO_THCS_HOANG_MAI_CODE,
  demoUnits,
  HOANG_MAI_DISTRICT_OFFICE_CODE,
} from '../../seed/demo-units.js';
import { MINISTRY_CODE } from '../../seed/national-units.js';

let t: TestApp;
let client: HttpClient;
let provinces: Province[];
beforeAll(async () => {
  t = await startTestApp();
  await seedUnits(t.app);
  const account = await createAccount(t.app);
  client = await new HttpClient(t.app).signIn(account.username, account.password);
  provinces = await loadProvinces();
});
afterAll(() => t.close());

const UNKNOWN_ID = '01JZ0000000000000000000000';

async function list(query: Record<string, string>) {
  const response = await client.get(`/api/org-units?${new URLSearchParams(query)}`);
  expect(response.statusCode).toBe(200);
  return response.json<OrgUnitList>();
}

async function unitWithCode(code: string, at?: string): Promise<OrgUnit> {
  const { items } = await list({ q: code, ...(at ? { at } : {}) });
  const unit = items.find((item) => item.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit;
}

const detail = async (id: string, query = '') =>
  (await client.get(`/api/org-units/${id}${query}`)).json<OrgUnitDetail>();

const wardsOf = (provinceCode: string) =>
  provinces.find((province) => province.code === provinceCode)?.wards.length;

const demo = () => demoUnits(provinces).units;

describe('every org-unit endpoint', () => {
  it.each(['/api/org-units', `/api/org-units/${UNKNOWN_ID}`, `/api/org-units/${UNKNOWN_ID}/children`])(
    'requires authentication: %s',
    async (url) => {
      const response = await new HttpClient(t.app).get(url);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'unauthenticated' });
    },
  );
});

describe('GET /api/org-units', () => {
  it('lists the 34 provincial departments in name order', async () => {
    const page = await list({ kind: 'department' });
    expect(page.total).toBe(34);
    expect(page.items).toHaveLength(34);
    expect(page.nextCursor).toBeNull();
    expect(page.items[0]).toEqual({
      id: expect.stringMatching(/^[0-9A-Z]{26}$/),
      code: 'SGD-91',
      name: 'Sở Giáo dục và Đào tạo An Giang',
      shortName: 'Sở GD&ĐT An Giang',
      kind: 'department',
      schoolLevel: null,
      ownership: null,
      parentId: expect.any(String),
      validFrom: '2025-07-01',
      validTo: null,
      provinceCode: '91',
    });
  });

  it('counts the 3,321 communes and pages through all of them with the cursor', async () => {
    const seen = new Set<string>();
    let page = await list({ kind: 'commune', limit: '200' });
    expect(page.total).toBe(3321);
    for (;;) {
      for (const item of page.items) seen.add(item.code);
      if (!page.nextCursor) break;
      page = await list({ kind: 'commune', limit: '200', cursor: page.nextCursor });
    }
    expect(seen.size).toBe(3321);
  });

  it('answers 50 units a page unless asked otherwise', async () => {
    const page = await list({ kind: 'commune' });
    expect(page.items).toHaveLength(50);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it.each(['thanh hoa', 'Thanh Hóa', 'Thanh Hoá', 'THANH HOA'])(
    'finds the Thanh Hóa department by "%s", ignoring diacritics and tone-mark placement',
    async (q) => {
      const page = await list({ kind: 'department', q });
      expect(page.items.map((item) => item.name)).toEqual(['Sở Giáo dục và Đào tạo Thanh Hóa']);
    },
  );

  it('finds "hoang mai" among communes and every word of "thcs hoang mai" among schools', async () => {
    const communes = await list({ kind: 'commune', q: 'hoang mai' });
    expect(communes.items.map((item) => item.name)).toContain('Phường Hoàng Mai');

    const schools = await list({ q: 'hoàng mai thcs' });
    expect(schools.items.map((item) => item.code)).toEqual([DEMO_THCS_HOANG_MAI_CODE]);
    expect(schools.items[0]?.name).toBe('Trường THCS Hoàng Mai');
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect((await list({ q: '%' })).total).toBe((await list({})).total);
    expect((await list({ q: 'hoang_mai' })).items.map((item) => item.code)).toContain('00331');
  });

  it('lists the direct children of a unit with ?parent=', async () => {
    const hanoi = await unitWithCode('SGD-01');
    const page = await list({ parent: hanoi.id, kind: 'commune' });
    expect(page.total).toBe(wardsOf('01'));
    expect(page.items.every((item) => item.parentId === hanoi.id)).toBe(true);
  });

  it('lists everything below a unit with ?under=, filtered by school level', async () => {
    const hanoi = await unitWithCode('SGD-01');
    const expected = demo().filter((unit) => unit.provinceCode === '01' && unit.schoolLevel === 'thcs');
    const page = await list({ under: hanoi.id, schoolLevel: 'thcs', limit: '200' });
    expect(page.items.map((item) => item.code).sort()).toEqual(expected.map((unit) => unit.code).sort());

    const ward = await unitWithCode('00331');
    const below = await list({ under: ward.id });
    expect(below.items.map((item) => item.code).sort()).toEqual(
      demo()
        .filter((unit) => unit.parentCode === '00331')
        .map((unit) => unit.code)
        .sort(),
    );
  });

  it('answers the tree as it was on ?at=: the district office before 1 July 2025, the communes after', async () => {
    const before = { at: '2025-06-30' };
    const after = { at: '2025-07-01' };
    const office = await list({ ...before, kind: 'district_office' });
    expect(office.items.map((item) => [item.code, item.name, item.validTo])).toEqual([
      [HOANG_MAI_DISTRICT_OFFICE_CODE, 'Phòng Giáo dục và Đào tạo quận Hoàng Mai', '2025-06-30'],
    ]);
    expect((await list({ ...before, kind: 'commune' })).total).toBe(0);

    expect((await list({ ...after, kind: 'district_office' })).total).toBe(0);
    expect((await list({ ...after, kind: 'commune' })).total).toBe(3321);
    expect((await list({ kind: 'district_office' })).total).toBe(0);
  });
});

describe('GET /api/org-units/:id', () => {
  it('answers a school with its ancestors from the ministry down', async () => {
    const school = await unitWithCode(DEMO_THCS_HOANG_MAI_CODE);
    const unit = await detail(school.id);
    expect(unit).toMatchObject({
      code: DEMO_THCS_HOANG_MAI_CODE,
      kind: 'school',
      schoolLevel: 'thcs',
      ownership: 'public',
      address: 'Phường Hoàng Mai, Thành phố Hà Nội',
      successors: [],
      predecessors: [],
      abilities: { update: false, readAccounts: false },
    });
    expect(unit.ancestors.map((ancestor) => [ancestor.code, ancestor.kind])).toEqual([
      [MINISTRY_CODE, 'ministry'],
      ['SGD-01', 'department'],
      ['00331', 'commune'],
    ]);
    expect(Object.values(unit.counts).every((count) => count === 0)).toBe(true);
  });

  it('links the closed district office to the wards that succeeded it, and back', async () => {
    const office = await detail((await unitWithCode(HOANG_MAI_DISTRICT_OFFICE_CODE, '2025-06-30')).id);
    expect(office.validTo).toBe('2025-06-30');
    expect(office.successors.map((link) => link.unit.name).sort()).toEqual(
      [
        'Phường Định Công',
        'Phường Hoàng Liệt',
        'Phường Hoàng Mai',
        'Phường Lĩnh Nam',
        'Phường Tương Mai',
        'Phường Vĩnh Hưng',
        'Phường Yên Sở',
      ].sort(),
    );
    expect(office.successors.every((link) => link.effectiveOn === '2025-07-01')).toBe(true);

    const ward = await detail((await unitWithCode('00331')).id);
    expect(ward.predecessors).toEqual([
      {
        unit: {
          id: office.id,
          code: HOANG_MAI_DISTRICT_OFFICE_CODE,
          name: office.name,
          kind: 'district_office',
        },
        effectiveOn: '2025-07-01',
      },
    ]);
  });

  it('counts the units below the ministry by kind, on the date asked for', async () => {
    const ministry = await unitWithCode(MINISTRY_CODE);
    const units = demo();
    expect((await detail(ministry.id)).counts).toEqual({
      ministry: 0,
      department: 34,
      commune: 3321,
      district_office: 0,
      school: units.filter((unit) => unit.kind === 'school').length,
      partner: units.filter((unit) => unit.kind === 'partner').length,
    });
    expect((await detail(ministry.id, '?at=2025-06-30')).counts).toMatchObject({
      department: 0,
      commune: 0,
      district_office: 1,
      school: 0,
    });
  });

  it('answers 404 not_found for an id that names no unit', async () => {
    const response = await client.get(`/api/org-units/${UNKNOWN_ID}`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('GET /api/org-units/:id/children', () => {
  it('answers the departments under the ministry, each with the units below it by kind', async () => {
    const ministry = await unitWithCode(MINISTRY_CODE);
    const response = await client.get(`/api/org-units/${ministry.id}/children?limit=200`);
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json<{ items: OrgUnitChild[]; total: number }>();
    expect(total).toBe(34);
    const thanhHoa = items.find((item) => item.code === 'SGD-38');
    const units = demo().filter((unit) => unit.provinceCode === '38');
    expect(thanhHoa?.descendantCounts).toEqual({
      ministry: 0,
      department: 0,
      commune: wardsOf('38'),
      district_office: 0,
      school: units.filter((unit) => unit.kind === 'school').length,
      partner: 3,
    });
    const caoBang = items.find((item) => item.code === 'SGD-04');
    expect(caoBang?.descendantCounts).toMatchObject({ commune: wardsOf('04'), school: 0 });
  });

  it('answers the schools of a ward, each counting nothing below it', async () => {
    const ward = await unitWithCode('00331');
    const { items } = (await client.get(`/api/org-units/${ward.id}/children`)).json<{
      items: OrgUnitChild[];
    }>();
    expect(items.map((item) => item.name)).toEqual([
      'Trường Mầm non Hoàng Mai',
      'Trường Mầm non tư thục Sao Mai Hoàng Mai',
      'Trường THCS Hoàng Mai',
      'Trường Tiểu học Hoàng Mai',
    ]);
    expect(items.every((item) => Object.values(item.descendantCounts).every((count) => count === 0))).toBe(
      true,
    );
  });
});

describe('bad input', () => {
  it.each([
    ['a unit id that is not a ULID', '/api/org-units/42', 'path.id'],
    ['a children id that is not a ULID', '/api/org-units/abc/children', 'path.id'],
    ['a date that is not a date', '/api/org-units?at=yesterday', 'query.at'],
    ['a date that does not exist', '/api/org-units?at=2025-02-30', 'query.at'],
    ['a limit over 200', '/api/org-units?limit=201', 'query.limit'],
    ['a limit of 0', '/api/org-units?limit=0', 'query.limit'],
    ['an unknown kind', '/api/org-units?kind=province', 'query.kind'],
    ['a parameter that does not exist', '/api/org-units?colour=green', 'query.colour'],
    ['a parent id that is not a ULID', '/api/org-units?parent=1', 'query.parent'],
    ['a cursor this API did not return', '/api/org-units?cursor=bm90LWEtY3Vyc29y', 'query.cursor'],
    ['a detail parameter that does not exist', `/api/org-units/${UNKNOWN_ID}?kind=school`, 'query.kind'],
  ])('answers 400 validation_failed for %s, naming the field', async (_case, url, path) => {
    const response = await client.get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path }] });
  });

  it('answers 404 for a parent or subtree filter naming no unit', async () => {
    for (const filter of ['parent', 'under']) {
      const response = await client.get(`/api/org-units?${filter}=${UNKNOWN_ID}`);
      expect(response.statusCode).toBe(404);
    }
  });

  it.each(['%FF', '%E1%BB', 'H%E0 N%F4i'])(
    'answers 400 validation_failed, never 500, for a search that is not UTF-8: q=%s',
    async (q) => {
      const response = await client.get(`/api/org-units?q=${q}`);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'query.q' }] });
    },
  );
});
