import type { Kysely } from 'kysely';
import type { CurrentUser } from '../../../contract/auth.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../core/auth/password.js';
import { assertAcceptablePassword } from '../../core/auth/password-policy.js';
import type { SignedInUser } from '../../core/auth/signed-in-user.js';
import { digestSecret, newSecret } from '../../core/auth/tokens.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { HttpProblem } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
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

export interface NewAccount {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
}

export const toCurrentUser = (
  user: Pick<SignedInUser, 'publicId' | 'username' | 'displayName' | 'email'>,
): CurrentUser => ({
  id: user.publicId,
  username: user.username,
  displayName: user.displayName,
  email: user.email,
});

const normaliseUsername = (username: string) => username.trim().toLowerCase();

export function createAuthService(deps: {
  db: Kysely<Database>;
  repository: AuthRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, audit, clock } = deps;

  const invalidCredentials = () =>
    new HttpProblem('invalid_credentials', 'The username or password is not correct.');

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
        throw invalidCredentials();
      }
      if (account.disabled_at) throw new HttpProblem('account_disabled', 'This account has been disabled.');

      const token = newSecret();
      const csrfToken = newSecret();
      const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
      const sessionId = await db.transaction().execute(async (trx) => {
        const session = await repository.insertSession(trx, {
          tokenHash: digestSecret(token),
          csrfToken,
          accountId: account.id,
          createdAt: now.toISOString(),
          expiresAt: expiresAt.toISOString(),
          address: origin.address,
          userAgent: origin.userAgent,
        });
        await audit(trx, {
          actorAccountId: account.id,
          action: 'account.sign_in',
          entityType: 'account',
          entityId: account.public_id,
          after: { address: origin.address },
          requestId: origin.requestId,
        });
        return session.id;
      });
      await repository.clearSignInFailures(username);
      const user: SignedInUser = {
        accountId: account.id,
        sessionId,
        publicId: account.public_id,
        username: account.username,
        displayName: account.display_name,
        email: account.email,
        csrfToken,
      };
      return { token, expiresAt, user };
    },

    /** The user behind a session token, or null when the session is unknown, idle too long or over. */
    async resolveSession(token: string): Promise<SignedInUser | null> {
      const session = await repository.findSessionByTokenHash(digestSecret(token));
      if (!session || session.disabledAt) return null;
      const now = clock.now().getTime();
      const lastSeen = new Date(session.lastSeenAt).getTime();
      if (now >= new Date(session.expiresAt).getTime() || now - lastSeen >= SESSION_IDLE_MS) return null;
      if (now - lastSeen >= TOUCH_INTERVAL_MS)
        await repository.touchSession(session.sessionId, new Date(now).toISOString());
      return {
        accountId: session.accountId,
        sessionId: session.sessionId,
        publicId: session.publicId,
        username: session.username,
        displayName: session.displayName,
        email: session.email,
        csrfToken: session.csrfToken,
      };
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

    /** Changes the password and ends every other session of the account. */
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

    async createAccount(
      account: NewAccount,
      actorAccountId: number | null,
    ): Promise<{ id: number; publicId: string }> {
      const username = normaliseUsername(account.username);
      assertAcceptablePassword(account.password, username);
      const passwordHash = await hashPassword(account.password);
      const now = clock.now().toISOString();
      const publicId = newPublicId();
      return db.transaction().execute(async (trx) => {
        const row = await repository.insertAccount(trx, {
          public_id: publicId,
          username,
          display_name: account.displayName,
          email: account.email ?? null,
          password_hash: passwordHash,
          password_changed_at: now,
          created_at: now,
        });
        await audit(trx, {
          actorAccountId,
          action: 'account.created',
          entityType: 'account',
          entityId: publicId,
          after: { username, displayName: account.displayName, email: account.email ?? null },
        });
        return { id: row.id, publicId };
      });
    },

    anyAccountExists: () => repository.anyAccountExists(),

    findAccountByUsername: (username: string) =>
      repository.findAccountByUsername(normaliseUsername(username)),

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
