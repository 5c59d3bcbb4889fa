import type { Kysely } from 'kysely';
import type {
  Account,
  AccountListQuery,
  CreateAccountRequest,
  UpdateAccountRequest,
} from '../../../contract/accounts.js';
import type { Role } from '../../../contract/roles.js';
import type { AuditWriter } from '../../core/audit/audit.js';
import { subtreesWhere } from '../../core/auth/access.js';
import { generatePassword } from '../../core/auth/generated-password.js';
import { hashPassword } from '../../core/auth/password.js';
import { assertAcceptablePassword } from '../../core/auth/password-policy.js';
import { toRoleGrant } from '../../core/auth/session-view.js';
import { type AccessGrant, byGrantRank, type SignedInUser } from '../../core/auth/signed-in-user.js';
import type { Clock } from '../../core/clock.js';
import type { Database } from '../../core/db/schema.js';
import { forbidden, HttpProblem, notFound, versionConflict } from '../../core/http/problem.js';
import { newPublicId } from '../../core/ids.js';
import { normaliseUsername } from '../auth/service.js';
import { accountPolicy } from './policy.js';
import type { AccountListRow, PeopleRepository } from './repository.js';

export interface NewAccount {
  username: string;
  displayName: string;
  email?: string | null;
  password: string;
  unitId: number | null;
  roles?: { role: Role; unitId: number }[];
  mustChangePassword?: boolean;
}

const encodeCursor = (username: string) => Buffer.from(username).toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

/** Nobody raises or drops their own roles: a unit administrator could otherwise make itself a leader. */
const OWN_ROLES = 'Your own roles are granted and revoked by another administrator.';

type GrantRow = Awaited<ReturnType<PeopleRepository['grantsOfAccounts']>>[number];

/** One account's grant rows as its grants, most capable first. */
const rankedGrants = (rows: GrantRow[]): AccessGrant[] =>
  rows.map(({ accountId: _, ...grant }) => grant).sort(byGrantRank);

export function createPeopleService(deps: {
  db: Kysely<Database>;
  repository: PeopleRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, audit, clock } = deps;

  async function grantsByAccount(accountIds: number[]): Promise<Map<number, AccessGrant[]>> {
    const rows = new Map<number, GrantRow[]>(accountIds.map((id) => [id, []]));
    for (const row of await repository.grantsOfAccounts(accountIds)) rows.get(row.accountId)?.push(row);
    return new Map([...rows].map(([accountId, grants]) => [accountId, rankedGrants(grants)]));
  }

  function toAccount(row: AccountListRow, grants: AccessGrant[], viewer: SignedInUser | null): Account {
    const manage = viewer !== null && accountPolicy.manage(viewer, row.unit_path);
    const someoneElse = viewer?.accountId !== row.id;
    return {
      id: row.public_id,
      username: row.username,
      displayName: row.display_name,
      email: row.email,
      unit:
        row.unit_public_id && row.unit_name && row.unit_kind
          ? { id: row.unit_public_id, name: row.unit_name, kind: row.unit_kind }
          : null,
      roles: grants.map(toRoleGrant),
      disabled: row.disabled_at !== null,
      mustChangePassword: row.must_change_password === 1,
      version: row.version,
      createdAt: row.created_at,
      abilities: {
        update: manage,
        disable: manage && someoneElse,
        resetPassword: manage && someoneElse,
        grantRoles: manage && someoneElse,
      },
    };
  }

  async function present(row: AccountListRow, viewer: SignedInUser | null): Promise<Account> {
    const grants = await grantsByAccount([row.id]);
    return toAccount(row, grants.get(row.id) ?? [], viewer);
  }

  /** The account if the user may read it; otherwise 404, so other units' accounts stay invisible. */
  async function readableAccount(user: SignedInUser, publicId: string) {
    const row = await repository.findAccount(publicId);
    if (!row || !accountPolicy.read(user, row.unit_path))
      throw notFound('There is no such account, or it is not visible to you.');
    return row;
  }

  async function managedAccount(user: SignedInUser, publicId: string) {
    const row = await readableAccount(user, publicId);
    if (!accountPolicy.manage(user, row.unit_path))
      throw forbidden('You may view this account but not change it.');
    return row;
  }

  /** A unit where the user may manage accounts: 404 when its accounts are invisible, 403 when only visible. */
  async function managedUnit(user: SignedInUser, publicId: string) {
    const unit = await openUnit(publicId);
    if (!accountPolicy.read(user, unit.path))
      throw notFound('There is no such unit, or it is not visible to you.');
    if (!accountPolicy.manage(user, unit.path))
      throw forbidden('Your role does not include managing accounts here.');
    return unit;
  }

  async function openUnit(publicId: string) {
    const unit = await repository.findUnit(publicId);
    if (!unit) throw new HttpProblem('unit_not_found', 'There is no unit with this id.');
    if (unit.valid_to !== null)
      throw new HttpProblem('unit_closed', `${unit.name} is closed; choose the unit that replaced it.`);
    return unit;
  }

  async function reload(user: SignedInUser | null, publicId: string): Promise<Account> {
    const row = await repository.findAccount(publicId);
    if (!row) throw notFound();
    return present(row, user);
  }

  async function createAccount(account: NewAccount, actorAccountId: number | null) {
    const username = normaliseUsername(account.username);
    assertAcceptablePassword(account.password, username);
    if (await repository.usernameExists(username)) {
      throw new HttpProblem('username_taken', `The username ${username} is already in use.`);
    }
    const passwordHash = await hashPassword(account.password);
    const now = clock.now().toISOString();
    const publicId = newPublicId();
    await db.transaction().execute(async (trx) => {
      const { id } = await repository.insertAccount(trx, {
        public_id: publicId,
        username,
        display_name: account.displayName,
        email: account.email ?? null,
        password_hash: passwordHash,
        password_changed_at: now,
        created_at: now,
        unit_id: account.unitId,
        must_change_password: account.mustChangePassword ? 1 : 0,
      });
      for (const grant of account.roles ?? []) {
        await repository.insertGrant(trx, {
          public_id: newPublicId(),
          account_id: id,
          role: grant.role,
          unit_id: grant.unitId,
          granted_at: now,
          granted_by: actorAccountId,
        });
      }
      await audit(trx, {
        actorAccountId,
        action: 'account.created',
        entityType: 'account',
        entityId: publicId,
        after: {
          username,
          displayName: account.displayName,
          email: account.email ?? null,
          roles: account.roles ?? [],
        },
      });
    });
    return { publicId };
  }

  return {
    createAccount,

    anyAccountExists: () => repository.anyAccountExists(),

    findUnitByCode: (code: string) => repository.findUnitByCode(code),

    findAccountByUsername: (username: string) =>
      repository.findAccountByUsername(normaliseUsername(username)),

    async grantsOf(accountId: number): Promise<AccessGrant[]> {
      return (await grantsByAccount([accountId])).get(accountId) ?? [];
    },

    async list(user: SignedInUser, query: AccountListQuery) {
      const visibleWithin = subtreesWhere(user, 'account.read');
      if (visibleWithin?.length === 0) throw forbidden('Your role does not include viewing accounts.');
      const under = query.under === undefined ? undefined : await repository.findUnit(query.under);
      if (query.under !== undefined && !(under && accountPolicy.read(user, under.path))) {
        throw notFound('There is no such unit, or its accounts are not visible to you.');
      }
      const filter = {
        visibleWithin,
        underPath: under?.path,
        words: (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean),
      };
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      const [rows, total] = await Promise.all([
        repository.listAccounts(filter, query.limit, after),
        repository.countAccounts(filter),
      ]);
      const page = rows.slice(0, query.limit);
      const grants = await grantsByAccount(page.map((row) => row.id));
      const last = page.at(-1);
      return {
        items: page.map((row) => toAccount(row, grants.get(row.id) ?? [], user)),
        total,
        nextCursor: rows.length > query.limit && last ? encodeCursor(last.username) : null,
      };
    },

    async get(user: SignedInUser, publicId: string): Promise<Account> {
      return present(await readableAccount(user, publicId), user);
    },

    /** Creates an account with a temporary password that must be replaced at first sign-in. */
    async create(user: SignedInUser, request: CreateAccountRequest) {
      const unit = await managedUnit(user, request.unitId);
      if (request.role && !accountPolicy.grant(user, request.role, unit.path)) {
        throw forbidden('You may not grant this role.');
      }
      const temporaryPassword = generatePassword();
      const { publicId } = await createAccount(
        {
          username: request.username,
          displayName: request.displayName,
          email: request.email ?? null,
          password: temporaryPassword,
          unitId: unit.id,
          roles: request.role ? [{ role: request.role, unitId: unit.id }] : [],
          mustChangePassword: true,
        },
        user.accountId,
      );
      return { account: await reload(user, publicId), temporaryPassword };
    },

    async update(user: SignedInUser, publicId: string, request: UpdateAccountRequest): Promise<Account> {
      const row = await managedAccount(user, publicId);
      const unit = request.unitId === undefined ? undefined : await managedUnit(user, request.unitId);
      if (request.disabled && row.id === user.accountId)
        throw forbidden('You cannot disable your own account.');
      const changes = {
        ...(request.displayName === undefined ? {} : { display_name: request.displayName }),
        ...(request.email === undefined ? {} : { email: request.email }),
        ...(unit === undefined ? {} : { unit_id: unit.id }),
        ...(request.disabled === undefined
          ? {}
          : { disabled_at: request.disabled ? (row.disabled_at ?? clock.now().toISOString()) : null }),
      };
      await db.transaction().execute(async (trx) => {
        if (!(await repository.updateAccount(trx, row.id, request.version, changes))) {
          throw versionConflict(
            'Someone else changed this account meanwhile; reload it to see their changes.',
          );
        }
        if (request.disabled) await repository.endSessions(trx, row.id);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'account.updated',
          entityType: 'account',
          entityId: row.public_id,
          before: { displayName: row.display_name, email: row.email, disabled: row.disabled_at !== null },
          after: request,
        });
      });
      return reload(user, publicId);
    },

    /** Replaces the password with a temporary one and ends the account's sessions. */
    async resetPassword(user: SignedInUser, publicId: string) {
      const row = await managedAccount(user, publicId);
      if (row.id === user.accountId) throw forbidden('Change your own password on your profile page.');
      const temporaryPassword = generatePassword();
      const passwordHash = await hashPassword(temporaryPassword);
      await db.transaction().execute(async (trx) => {
        await repository.setTemporaryPassword(trx, row.id, passwordHash, clock.now().toISOString());
        await repository.endSessions(trx, row.id);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'account.password_reset',
          entityType: 'account',
          entityId: row.public_id,
        });
      });
      return { account: await reload(user, publicId), temporaryPassword };
    },

    async grantRole(
      user: SignedInUser,
      publicId: string,
      request: { role: Role; unitId: string },
    ): Promise<Account> {
      const row = await managedAccount(user, publicId);
      if (row.id === user.accountId) throw forbidden(OWN_ROLES);
      const unit = await managedUnit(user, request.unitId);
      if (!accountPolicy.grant(user, request.role, unit.path))
        throw forbidden('You may not grant this role at this unit.');
      if (!(await repository.grantExists(row.id, request.role, unit.id))) {
        await db.transaction().execute(async (trx) => {
          const grantId = newPublicId();
          await repository.insertGrant(trx, {
            public_id: grantId,
            account_id: row.id,
            role: request.role,
            unit_id: unit.id,
            granted_at: clock.now().toISOString(),
            granted_by: user.accountId,
          });
          await audit(trx, {
            actorAccountId: user.accountId,
            action: 'account.role_granted',
            entityType: 'account',
            entityId: row.public_id,
            after: { grantId, role: request.role, unit: unit.public_id },
          });
        });
      }
      return reload(user, publicId);
    },

    async revokeRole(user: SignedInUser, publicId: string, grantPublicId: string): Promise<void> {
      const row = await managedAccount(user, publicId);
      if (row.id === user.accountId) throw forbidden(OWN_ROLES);
      const grant = (await grantsByAccount([row.id]))
        .get(row.id)
        ?.find((candidate) => candidate.publicId === grantPublicId);
      if (!grant) throw notFound('This account holds no such role.');
      if (!accountPolicy.grant(user, grant.role, grant.unitPath))
        throw forbidden('You may not revoke this role.');
      await db.transaction().execute(async (trx) => {
        await repository.deleteGrant(trx, grant.grantId);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'account.role_revoked',
          entityType: 'account',
          entityId: row.public_id,
          before: { grantId: grant.publicId, role: grant.role, unit: grant.unitPublicId },
        });
      });
    },

    /** Switches the role the session acts in, among the person's own grants. */
    async setActiveRole(user: SignedInUser, grantPublicId: string): Promise<void> {
      const grant = user.grants.find((candidate) => candidate.publicId === grantPublicId);
      if (!grant) throw notFound('You hold no such role.');
      await repository.setActiveGrant(user.sessionId, grant.grantId);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
