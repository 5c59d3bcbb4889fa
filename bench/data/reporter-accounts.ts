import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';
import { OPEN_ROUND_YEAR, roundPublicId } from './reporting-history.js';

export const REPORTER_PREFIX = 'bench.truong.';

/**
 * One reporter account per school whose report in the open round is still a draft, in the benchmark
 * province, sharing the demo password (its hash is copied from the admin account, so no hashing is spent).
 */
export async function generateReporterAccounts(
  db: Kysely<Database>,
  provinceCode: string,
  count: number,
): Promise<void> {
  const now = new Date().toISOString();
  const admin = await db
    .selectFrom('accounts')
    .select('password_hash')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const schools = await db
    .selectFrom('reports as r')
    .innerJoin('reporting_rounds as rr', 'rr.id', 'r.round_id')
    .innerJoin('org_units as u', 'u.id', 'r.unit_id')
    .select(['u.id', 'u.name'])
    .where('rr.public_id', '=', roundPublicId(OPEN_ROUND_YEAR))
    .where('r.status', '=', 'draft')
    .where('u.province_code', '=', provinceCode)
    .orderBy('u.id')
    .limit(count)
    .execute();
  for (const [index, school] of schools.entries()) {
    const number = String(index + 1).padStart(25, '0');
    const { id } = await db
      .insertInto('accounts')
      .values({
        public_id: `8${number}`,
        username: `${REPORTER_PREFIX}${index + 1}`,
        display_name: `Cán bộ báo cáo ${school.name}`,
        password_hash: admin.password_hash,
        password_changed_at: now,
        created_at: now,
        unit_id: school.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('role_grants')
      .values({
        public_id: `9${number}`,
        account_id: id,
        role: 'reporter',
        unit_id: school.id,
        granted_at: now,
      })
      .execute();
  }
}
