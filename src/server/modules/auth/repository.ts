import type { Kysely, Transaction } from 'kysely';
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

    findSessionByTokenHash: (tokenHash: string) =>
      db
        .selectFrom('sessions')
        .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
        .leftJoin('org_units as unit', 'unit.id', 'accounts.unit_id')
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
        ])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst(),

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
