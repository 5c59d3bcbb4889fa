import type { Kysely } from 'kysely';
import type { AuditWriter } from '../../core/audit/audit.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../core/auth/password.js';
import { assertAcceptablePassword } from '../../core/auth/password-policy.js';
import type { AccessGrant, SignedInUser } from '../../core/auth/signed-in-user.js';
import { digestSecret, newSecret } from '../../core/auth/tokens.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { HttpProblem } from '../../core/http/problem.js';
import type { AuthRepository } from './repository.js';
import { assertSignInAllowed } from './sign-in-throttle.js';

/** A session ends after two idle hours, and in any case twelve hours after sign-in (one working day). */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface RequestOrigin {
  address: string;
  userAgent: string | null;
  requestId: string;
}

export const normaliseUsername = (username: string) => username.trim().toLowerCase();

type SessionRow = NonNullable<Awaited<ReturnType<AuthRepository['findSession']>>>['session'];

export function createAuthService(deps: {
  db: Kysely<Database>;
  repository: AuthRepository;
  audit: AuditWriter;
  clock: Clock;
  /** The role grants of an account, each with its unit, most capable first. */
  grantsOf: (accountId: number) => Promise<AccessGrant[]>;
}) {
  const { db, repository, audit, clock, grantsOf } = deps;

  function toSignedInUser(session: SessionRow, grants: AccessGrant[]): SignedInUser {
    return {
      accountId: session.accountId,
      sessionId: session.sessionId,
      publicId: session.publicId,
      username: session.username,
      displayName: session.displayName,
      email: session.email,
      csrfToken: session.csrfToken,
      unit:
        session.unitPublicId && session.unitName && session.unitKind
          ? { id: session.unitPublicId, name: session.unitName, kind: session.unitKind }
          : null,
      mustChangePassword: session.mustChangePassword === 1,
      grants,
      activeGrant: grants.find((grant) => grant.grantId === session.activeGrantId) ?? grants[0] ?? null,
    };
  }

  return {
    async signIn(usernameInput: string, password: string, origin: RequestOrigin) {
      const username = normaliseUsername(usernameInput);
      const now = clock.now();
      await assertSignInAllowed(repository, username, origin.address, now);
      const account = await repository.findAccountByUsername(username);
      const valid = account
        ? await verifyPassword(account.password_hash, password)
        : await verifyAgainstDecoy(password);
      if (!account || !valid) {
        await repository.recordSignInFailure(username, origin.address, now.toISOString());
        throw new HttpProblem('invalid_credentials', 'The username or password is not correct.');
      }
      if (account.disabled_at) throw new HttpProblem('account_disabled', 'This account has been disabled.');

      const token = newSecret();
      const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
      const [defaultGrant] = await grantsOf(account.id);
      await db.transaction().execute(async (trx) => {
        await repository.insertSession(trx, {
          tokenHash: digestSecret(token),
          csrfToken: newSecret(),
          accountId: account.id,
          createdAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
          address: origin.address,
          userAgent: origin.userAgent,
          activeGrantId: defaultGrant?.grantId ?? null,
        });
        await audit(trx, {
          actorAccountId: account.id,
          action: 'account.sign_in',
          entityType: 'account',
          entityId: account.public_id,
          after: { address: origin.address },
          requestId: origin.requestId,
        });
      });
      await repository.clearSignInFailures(username);
      const found = await repository.findSession(digestSecret(token));
      if (!found) throw new Error('the session just created is missing');
      return { token, expiresAt, user: toSignedInUser(found.session, found.grants) };
    },

    /** The user behind a session token, or null when the session is unknown, idle too long or over. */
    async resolveSession(token: string): Promise<SignedInUser | null> {
      const found = await repository.findSession(digestSecret(token));
      if (!found || found.session.disabledAt) return null;
      const { session, grants } = found;
      const now = clock.now().getTime();
      const lastSeen = new Date(session.lastSeenAt).getTime();
      if (now >= new Date(session.expiresAt).getTime() || now - lastSeen >= SESSION_IDLE_MS) return null;
      if (now - lastSeen >= TOUCH_INTERVAL_MS) {
        await repository.touchSession(session.sessionId, new Date(now).toISOString());
      }
      return toSignedInUser(session, grants);
    },

    async signOut(user: SignedInUser, origin: RequestOrigin): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await repository.deleteSession(trx, user.sessionId);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'account.sign_out',
          entityType: 'account',
          entityId: user.publicId,
          requestId: origin.requestId,
        });
      });
    },

    /** Changes the password (ending a temporary one) and ends every other session of the account. */
    async changePassword(
      user: SignedInUser,
      currentPassword: string,
      newPassword: string,
      origin: RequestOrigin,
    ) {
      const account = await repository.findAccountById(user.accountId);
      if (!account || !(await verifyPassword(account.password_hash, currentPassword))) {
        throw new HttpProblem('wrong_password', 'The current password is not correct.');
      }
      assertAcceptablePassword(newPassword, account.username);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction().execute(async (trx) => {
        await repository.updatePasswordHash(trx, account.id, passwordHash, clock.now().toISOString());
        await repository.deleteOtherSessions(trx, account.id, user.sessionId);
        await audit(trx, {
          actorAccountId: account.id,
          action: 'account.password_changed',
          entityType: 'account',
          entityId: account.public_id,
          requestId: origin.requestId,
        });
      });
    },

    /** Housekeeping: forget ended sessions and old sign-in failures. */
    async purgeExpired(): Promise<void> {
      const now = clock.now();
      await repository.deleteSessionsEndedBefore(
        new Date(now.getTime() - SESSION_IDLE_MS).toISOString(),
        now.toISOString(),
      );
      await repository.deleteSignInFailuresBefore(
        new Date(now.getTime() - 24 * 60 * 60 * 1000).toISOString(),
      );
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
