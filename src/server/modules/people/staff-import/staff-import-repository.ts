import type { Kysely, Transaction } from 'kysely';
import type { Role } from '../../../../contract/roles.js';
import { inChunks } from '../../../core/db/in-chunks.js';
import type { Database } from '../../../core/db/schema.js';
import type { NewAccountRow } from '../repository.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The SQL of a staff import: set-based reads of what a file names, and chunked inserts of its accounts. */
export function createStaffImportRepository() {
  return {
    async takenUsernames(trx: Executor, usernames: string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      for (const chunk of inChunks(usernames)) {
        const rows = await trx
          .selectFrom('accounts')
          .select('username')
          .where('username', 'in', chunk)
          .execute();
        for (const row of rows) taken.add(row.username);
      }
      return taken;
    },

    /** Units by code, read-only, for placing accounts (see ADR 2). */
    async unitsByCode(trx: Executor, codes: string[]) {
      const units = new Map<string, { id: number; name: string; path: string; valid_to: string | null }>();
      for (const chunk of inChunks(codes)) {
        const rows = await trx
          .selectFrom('org_units')
          .select(['id', 'code', 'name', 'path', 'valid_to'])
          .where('code', 'in', chunk)
          .execute();
        for (const { code, ...unit } of rows) units.set(code, unit);
      }
      return units;
    },

    /** Inserts the accounts and the roles granted at their units; returns the new ids by username. */
    async insertAccounts(
      trx: Transaction<Database>,
      accounts: NewAccountRow[],
      grants: {
        username: string;
        public_id: string;
        role: Role;
        unit_id: number;
        granted_at: string;
        granted_by: number;
      }[],
    ): Promise<void> {
      const ids = new Map<string, number>();
      for (const chunk of inChunks(accounts)) {
        const rows = await trx.insertInto('accounts').values(chunk).returning(['id', 'username']).execute();
        for (const row of rows) ids.set(row.username, row.id);
      }
      const grantRows = grants.map(({ username, ...grant }) => ({
        ...grant,
        account_id: ids.get(username) as number,
      }));
      for (const chunk of inChunks(grantRows)) {
        await trx.insertInto('role_grants').values(chunk).execute();
      }
    },
  };
}

export type StaffImportRepository = ReturnType<typeof createStaffImportRepository>;
