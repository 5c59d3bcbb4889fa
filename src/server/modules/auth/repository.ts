import type { Kysely, Transaction } from 'kysely';
import type { OrgUnitKind } from '../../../contract/org.js';
import type { Role } from '../../../contract/roles.js';
import { type AccessGrant, byGrantRank } from '../../core/auth/signed-in-user.js';
import type { Database } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface NewSession {
  tokenHash: string;
  csrfToken: string;
  accountId: number;
  createdAt: string;
  expiresAt: string;
  activeGrantId: number | null;
  address: string | null;
  userAgent: string | null;
}

interface SessionGrantColumns {
  grantId: number | null;
  grantPublicId: string | null;
  grantRole: Role | null;
  grantUnitId: number | null;
  grantUnitPublicId: string | null;
  grantUnitName: string | null;
  grantUnitKind: OrgUnitKind | null;
  grantUnitPath: string | null;
}

/**
 * The grant a row of `findSession` carries, if the account holds any. A grant's unit is a foreign key,
 * so a row with a grant has every column of it.
 */
function grantOf(row: SessionGrantColumns): AccessGrant[] {
  if (row.grantId === null) return [];
  return [
    {
      grantId: row.grantId,
      publicId: row.grantPublicId as string,
      role: row.grantRole as Role,
      unitId: row.grantUnitId as number,
      unitPublicId: row.grantUnitPublicId as string,
      unitName: row.grantUnitName as string,
      unitKind: row.grantUnitKind as OrgUnitKind,
      unitPath: row.grantUnitPath as string,
    },
  ];
}

export function createAuthRepository(db: Kysely<Database>) {
  return {
    findAccountByUsername: (username: string) =>
      db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst(),

    findAccountById: (id: number) =>
      db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst(),

    updatePasswordHash: (trx: Executor, accountId: number, passwordHash: string, changedAt: string) =>
      trx
        .updateTable('accounts')
        .set({ password_hash: passwordHash, password_changed_at: changedAt, must_change_password: 0 })
        .where('id', '=', accountId)
        .execute(),

    insertSession: (trx: Executor, session: NewSession): Promise<{ id: number }> =>
      trx
        .insertInto('sessions')
        .values({
          token_hash: session.tokenHash,
          csrf_token: session.csrfToken,
          account_id: session.accountId,
          created_at: session.createdAt,
          last_seen_at: session.createdAt,
          expires_at: session.expiresAt,
          address: session.address,
          user_agent: session.userAgent,
          active_grant_id: session.activeGrantId,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),

    /**
     * A session with its account and the account's grants (most capable first), in one statement:
     * every request starts here, and a second round trip for the grants cost each request as much CPU
     * as the statement itself.
     */
    findSession: async (tokenHash: string) => {
      const rows = await db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .leftJoin('org_units as unit', 'unit.id', 'accounts.unit_id')
        .leftJoin('role_grants as g', 'g.account_id', 'accounts.id')
        .leftJoin('org_units as grant_unit', 'grant_unit.id', 'g.unit_id')
        .select([
          'sessions.id as sessionId',
          'sessions.csrf_token as csrfToken',
          'sessions.last_seen_at as lastSeenAt',
          'sessions.expires_at as expiresAt',
          'accounts.id as accountId',
          'accounts.public_id as publicId',
          'accounts.username',
          'accounts.display_name as displayName',
          'accounts.email',
          'accounts.disabled_at as disabledAt',
          'accounts.must_change_password as mustChangePassword',
          'sessions.active_grant_id as activeGrantId',
          'unit.public_id as unitPublicId',
          'unit.name as unitName',
          'unit.kind as unitKind',
          'g.id as grantId',
          'g.public_id as grantPublicId',
          'g.role as grantRole',
          'grant_unit.id as grantUnitId',
          'grant_unit.public_id as grantUnitPublicId',
          'grant_unit.name as grantUnitName',
          'grant_unit.kind as grantUnitKind',
          'grant_unit.path as grantUnitPath',
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .execute();
      const [session] = rows;
      return session && { session, grants: rows.flatMap(grantOf).sort(byGrantRank) };
    },

    touchSession: (sessionId: number, at: string) =>
      db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute(),

    deleteSession: (trx: Executor, sessionId: number) =>
      trx.deleteFrom('sessions').where('id', '=', sessionId).execute(),

    deleteOtherSessions: (trx: Executor, accountId: number, keepSessionId: number) =>
      trx
        .deleteFrom('sessions')
        .where('account_id', '=', accountId)
        .where('id', '<>', keepSessionId)
        .execute(),

    deleteSessionsEndedBefore: (idleSince: string, now: string) =>
      db
        .deleteFrom('sessions')
        .where((eb) => eb.or([eb('last_seen_at', '<', idleSince), eb('expires_at', '<', now)]))
        .execute(),

    recordSignInFailure: (username: string, address: string, at: string) =>
      db.insertInto('sign_in_failures').values({ username, address, at }).execute(),

    /** Failures after `since` for one username or one address: how many, and the oldest. */
    signInFailuresSince: (field: 'username' | 'address', value: string, since: string) =>
      db
        .selectFrom('sign_in_failures')
        .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('at').as('oldest')])
        .where(field, '=', value)
        .where('at', '>', since)
        .executeTakeFirstOrThrow(),

    clearSignInFailures: (username: string) =>
      db.deleteFrom('sign_in_failures').where('username', '=', username).execute(),

    deleteSignInFailuresBefore: (before: string) =>
      db.deleteFrom('sign_in_failures').where('at', '<', before).execute(),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
