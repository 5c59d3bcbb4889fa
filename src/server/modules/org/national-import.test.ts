import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { loadProvinces } from '../../seed/admin-units.js';
import { seedDemoUnits } from '../../seed/demo-units.js';
import {
  ensureNationalUnits,
  importNationalUnits,
  MINISTRY_CODE,
  NATIONAL_SOURCE,
  nationalUnits,
} from '../../seed/national-units.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const db = () => t.database.handle.db;
const unitByCode = (code: string) =>
  db().selectFrom('org_units').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
const snapshot = () =>
  db()
    .selectFrom('org_units')
    .select((eb) => [eb.fn.countAll<number>().as('units'), eb.fn.max('updated_at').as('lastUpdate')])
    .executeTakeFirstOrThrow();

describe('the national import', () => {
  it('creates the ministry, 34 departments and 3,321 communes', async () => {
    const summary = await importNationalUnits(t.app.services.org);

    expect(summary).toEqual({ changedUnits: 1 + 34 + 3321, addedSuccessions: 0 });
    const kinds = await db()
      .selectFrom('org_units')
      .select((eb) => ['kind', eb.fn.countAll<number>().as('count')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    expect(kinds.map((row) => [row.kind, Number(row.count)])).toEqual([
      ['commune', 3321],
      ['department', 34],
      ['ministry', 1],
    ]);
  });

  it('names each department after its province, with tone marks placed as official documents do', async () => {
    expect(await unitByCode('SGD-38')).toMatchObject({
      name: 'Sở Giáo dục và Đào tạo Thanh Hóa',
      short_name: 'Sở GD&ĐT Thanh Hóa',
      kind: 'department',
      province_code: '38',
      valid_from: '2025-07-01',
      valid_to: null,
    });
    expect((await unitByCode('SGD-79')).name).toBe('Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh');
    expect((await unitByCode('00331')).name).toBe('Phường Hoàng Mai');
    expect((await unitByCode('01501')).name).toBe('Xã Đàm Thủy');
    expect((await unitByCode('06076')).name).toBe('Xã Quý Hòa');
  });

  it('places every commune two levels below the ministry, its path listing its ancestors', async () => {
    const ministry = await unitByCode(MINISTRY_CODE);
    const hanoi = await unitByCode('SGD-01');
    const hoangMai = await unitByCode('00331');

    expect(ministry).toMatchObject({ parent_id: null, depth: 0, path: `/${ministry.id}/` });
    expect(hanoi).toMatchObject({ parent_id: ministry.id, depth: 1, path: `/${ministry.id}/${hanoi.id}/` });
    expect(hoangMai).toMatchObject({ parent_id: hanoi.id, depth: 2, path: `${hanoi.path}${hoangMai.id}/` });
    const unfinished = await db().selectFrom('org_units').select('id').where('path', '=', '').execute();
    expect(unfinished).toEqual([]);
  });

  it('changes nothing when it runs again, not even updated_at', async () => {
    const before = await snapshot();
    t.clock.advance(24 * 60 * 60 * 1000);

    expect(await importNationalUnits(t.app.services.org)).toEqual({ changedUnits: 0, addedSuccessions: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('runs at start only when the ministry is missing', async () => {
    expect(await ensureNationalUnits(t.app.services.org)).toBeNull();
  });

  it('renames a unit whose source name changed, keeping its ids, parent, path and successor links', async () => {
    await seedDemoUnits(t.app.services.org);
    const before = await unitByCode('00331');
    const links = () =>
      db().selectFrom('org_unit_successors').selectAll().where('successor_id', '=', before.id).execute();
    const linksBefore = await links();
    expect(linksBefore).toHaveLength(1);
    t.clock.advance(60_000);

    const renamed = nationalUnits(await loadProvinces()).map((unit) =>
      unit.code === '00331'
        ? { ...unit, name: 'Phường Hoàng Mai Mới', shortName: 'Phường Hoàng Mai Mới' }
        : unit,
    );
    const summary = await t.app.services.org.importUnits(NATIONAL_SOURCE, renamed);

    expect(summary).toEqual({ changedUnits: 1, addedSuccessions: 0 });
    expect(await unitByCode('00331')).toEqual({
      ...before,
      name: 'Phường Hoàng Mai Mới',
      short_name: 'Phường Hoàng Mai Mới',
      search_text: 'phuong hoang mai moi 00331',
      updated_at: t.clock.now().toISOString(),
    });
    expect(await links()).toEqual(linksBefore);
  });

  it('records each import that changed something in the audit log, and only those', async () => {
    const entries = await db()
      .selectFrom('audit_log')
      .select(['entity_id', 'after_json'])
      .where('action', '=', 'org.units_imported')
      .orderBy('id')
      .execute();
    expect(entries.map((entry) => [entry.entity_id, JSON.parse(entry.after_json ?? 'null')])).toEqual([
      [NATIONAL_SOURCE, { changedUnits: 3356, addedSuccessions: 0 }],
      ['demo', { changedUnits: expect.any(Number), addedSuccessions: 7 }],
      [NATIONAL_SOURCE, { changedUnits: 1, addedSuccessions: 0 }],
    ]);
  });
});
