import { type Expression, type Kysely, type SqlBool, sql, type Transaction } from 'kysely';
import type { Role } from '../../../contract/roles.js';
import type { AccessGrant } from '../../core/auth/signed-in-user.js';
import type { Database } from '../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface AccountFilter {
  /** Path prefixes of the subtrees whose accounts may be listed; null for all. */
  visibleWithin: string[] | null;
  words: string[];
  underPath?: string;
}

export interface NewAccountRow {
  public_id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  password_changed_at: string;
  created_at: string;
  unit_id: number | null;
  must_change_password: number;
}

/**
 * Accounts are scoped by the path of their unit. The join to org_units is read-only and keeps
 * "accounts under Hà Nội" one indexed range query rather than a list of unit ids.
 */
export function createPeopleRepository(db: Kysely<Database>) {
  const grantsWithUnits = () =>
    db
      .selectFrom('role_grants as g')
      .innerJoin('org_units as unit', 'unit.id', 'g.unit_id')
      .select([
        'g.id as grantId',
        'g.public_id as publicId',
        'g.account_id as accountId',
        'g.role',
        'unit.id as unitId',
        'unit.public_id as unitPublicId',
        'unit.name as unitName',
        'unit.kind as unitKind',
        'unit.path as unitPath',
      ]);
  const accounts = () =>
    db
      .selectFrom('accounts')
      .leftJoin('org_units as unit', 'unit.id', 'accounts.unit_id')
      .select([
        'accounts.id',
        'accounts.public_id',
        'accounts.username',
        'accounts.display_name',
        'accounts.email',
        'accounts.disabled_at',
        'accounts.must_change_password',
        'accounts.version',
        'accounts.created_at',
        'unit.public_id as unit_public_id',
        'unit.name as unit_name',
        'unit.kind as unit_kind',
        'unit.path as unit_path',
      ]);

  const withinSubtrees = (prefixes: string[]) =>
    sql<SqlBool>`(${sql.join(
      prefixes.map((prefix) => sql`(unit.path >= ${prefix} and unit.path < ${`${prefix}~`})`),
      sql` or `,
    )})`;

  const filtered = (filter: AccountFilter) =>
    accounts().where((eb) => {
      const conditions: Expression<SqlBool>[] = [];
      if (filter.visibleWithin) conditions.push(withinSubtrees(filter.visibleWithin));
      if (filter.underPath) conditions.push(withinSubtrees([filter.underPath]));
      for (const word of filter.words) {
        const pattern = `%${word}%`;
        conditions.push(
          eb.or([
            eb('accounts.username', 'like', pattern),
            eb(sql`lower(accounts.display_name)`, 'like', pattern),
          ]),
        );
      }
      return eb.and(conditions);
    });

  return {
    listAccounts: (filter: AccountFilter, limit: number, afterUsername: string | null) =>
      filtered(filter)
        .$if(afterUsername !== null, (query) =>
          query.where('accounts.username', '>', afterUsername as string),
        )
        .orderBy('accounts.username')
        .limit(limit + 1)
        .execute(),

    countAccounts: async (filter: AccountFilter) => {
      const row = await filtered(filter)
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findAccount: (publicId: string) =>
      accounts().where('accounts.public_id', '=', publicId).executeTakeFirst(),

    findAccountByUsername: (username: string) =>
      db
        .selectFrom('accounts')
        .select(['id', 'public_id', 'username', 'display_name', 'email'])
        .where('username', '=', username)
        .executeTakeFirst(),

    usernameExists: async (username: string) =>
      (await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirst()) !==
      undefined,

    anyAccountExists: async () =>
      (await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst()) !== undefined,

    insertAccount: (trx: Executor, row: NewAccountRow) =>
      trx.insertInto('accounts').values(row).returning('id').executeTakeFirstOrThrow(),

    /** Applies the change only if the account is still at `version`; answers whether it was. */
    updateAccount: async (
      trx: Executor,
      accountId: number,
      version: number,
      changes: {
        display_name?: string;
        email?: string | null;
        unit_id?: number | null;
        disabled_at?: string | null;
      },
    ) => {
      const result = await trx
        .updateTable('accounts')
        .set({ ...changes, version: version + 1 })
        .where('id', '=', accountId)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    setTemporaryPassword: (trx: Executor, accountId: number, passwordHash: string, at: string) =>
      trx
        .updateTable('accounts')
        .set((eb) => ({
          password_hash: passwordHash,
          password_changed_at: at,
          must_change_password: 1,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', accountId)
        .execute(),

    endSessions: (trx: Executor, accountId: number) =>
      trx.deleteFrom('sessions').where('account_id', '=', accountId).execute(),

    /** Grants of several accounts in one query, each with its unit. */
    grantsOfAccounts: (accountIds: number[]) =>
      accountIds.length === 0
        ? Promise.resolve([])
        : grantsWithUnits().where('g.account_id', 'in', accountIds).orderBy('g.id').execute(),

    insertGrant: (
      trx: Executor,
      grant: {
        public_id: string;
        account_id: number;
        role: Role;
        unit_id: number;
        granted_at: string;
        granted_by: number | null;
      },
    ) => trx.insertInto('role_grants').values(grant).returning('id').executeTakeFirstOrThrow(),

    grantExists: async (accountId: number, role: Role, unitId: number) =>
      (await db
        .selectFrom('role_grants')
        .select('id')
        .where('account_id', '=', accountId)
        .where('role', '=', role)
        .where('unit_id', '=', unitId)
        .executeTakeFirst()) !== undefined,

    deleteGrant: (trx: Executor, grantId: number) =>
      trx.deleteFrom('role_grants').where('id', '=', grantId).execute(),

    /** Looks a unit up for placing accounts and grants (read-only use of the org tree). */
    findUnit: (publicId: string) =>
      db
        .selectFrom('org_units')
        .select(['id', 'public_id', 'name', 'kind', 'path', 'valid_to'])
        .where('public_id', '=', publicId)
        .executeTakeFirst(),

    findUnitByCode: (code: string) =>
      db
        .selectFrom('org_units')
        .select(['id', 'public_id', 'name', 'kind', 'path', 'valid_to'])
        .where('code', '=', code)
        .executeTakeFirst(),

    setActiveGrant: (sessionId: number, grantId: number) =>
      db.updateTable('sessions').set({ active_grant_id: grantId }).where('id', '=', sessionId).execute(),
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
export type AccountListRow = Awaited<ReturnType<PeopleRepository['listAccounts']>>[number];
export type GrantRow = AccessGrant & { accountId: number };
