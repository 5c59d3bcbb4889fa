import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/core/db/schema.js';

/** The public id and path of the unit with this code (BGDDT, SGD-01, …). */
export const unitByCode = (db: Kysely<Database>, code: string) =>
  db
    .selectFrom('org_units')
    .select(['id', 'public_id', 'path'])
    .where('code', '=', code)
    .executeTakeFirstOrThrow();

export const MINISTRY = 'BGDDT';
export const HANOI_DEPARTMENT = 'SGD-01';
/** The last closed round, fully reported: the heaviest roll-up. */
export const FULL_ROUND_YEAR = 2025;
