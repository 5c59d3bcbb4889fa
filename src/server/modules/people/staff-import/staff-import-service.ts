import type { Kysely } from 'kysely';
import {
  IMPORT_PREVIEW_ROWS,
  type ImportRejection,
  type SpreadsheetFormat,
} from '../../../../contract/spreadsheet.js';
import { STAFF_IMPORT_ROW_LIMIT, type StaffImportReport } from '../../../../contract/staff-import.js';
import type { AuditWriter } from '../../../core/audit/audit.js';
import { subtreesWhere } from '../../../core/auth/access.js';
import { generatePassword } from '../../../core/auth/generated-password.js';
import { hashPassword } from '../../../core/auth/password.js';
import type { SignedInUser } from '../../../core/auth/signed-in-user.js';
import type { Clock } from '../../../core/clock.js';
import type { Database } from '../../../core/db/schema.js';
import { forbidden } from '../../../core/http/problem.js';
import { newPublicId } from '../../../core/ids.js';
import { readSheet } from '../../../core/spreadsheet/read-sheet.js';
import { rowsRejected } from '../../../core/spreadsheet/rejection.js';
import { columnPositions } from '../../../core/spreadsheet/sheet-columns.js';
import { spreadsheetStream } from '../../../core/spreadsheet/write-sheet.js';
import { accountPolicy } from '../policy.js';
import { exampleStaffRow, passwordColumns, staffColumns } from './staff-columns.js';
import { type PlacedStaff, planStaffImport, readStaffRow, type StaffCandidate } from './staff-import-plan.js';
import type { StaffImportRepository } from './staff-import-repository.js';

/** Hashes run on libuv's thread pool (four threads by default); more at once would only queue there. */
const PARALLEL_HASHES = 4;

async function hashAll(passwords: string[]): Promise<string[]> {
  const hashes: string[] = [];
  for (let start = 0; start < passwords.length; start += PARALLEL_HASHES) {
    hashes.push(...(await Promise.all(passwords.slice(start, start + PARALLEL_HASHES).map(hashPassword))));
  }
  return hashes;
}

export function createStaffImportService(deps: {
  db: Kysely<Database>;
  repository: StaffImportRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, repository, audit, clock } = deps;

  async function check(user: SignedInUser, bytes: Buffer, trx: Kysely<Database>) {
    if (subtreesWhere(user, 'account.manage')?.length === 0) {
      throw forbidden('Your role does not include managing accounts.');
    }
    const content = await readSheet(bytes, STAFF_IMPORT_ROW_LIMIT);
    const positions = columnPositions(content.header, staffColumns);
    const candidates: StaffCandidate[] = [];
    const unreadable: ImportRejection[] = [];
    for (const sheetRow of content.rows) {
      const read = readStaffRow(sheetRow, positions);
      if ('staff' in read) candidates.push(read.staff);
      else unreadable.push(...read.rejections);
    }
    const [takenUsernames, units] = await Promise.all([
      repository.takenUsernames(trx, [...new Set(candidates.map((staff) => staff.username))]),
      repository.unitsByCode(trx, [...new Set(candidates.map((staff) => staff.unitCode))]),
    ]);
    const plan = planStaffImport(candidates, {
      takenUsernames,
      units,
      mayPlace: (path, role) =>
        accountPolicy.manage(user, path) && (role === null || accountPolicy.grant(user, role, path)),
    });
    const report: StaffImportReport = {
      created: plan.accepted.length,
      emptyRows: content.emptyRows,
      rejected: [...unreadable, ...plan.rejected].sort((a, b) => a.row - b.row),
      preview: plan.accepted
        .slice(0, IMPORT_PREVIEW_ROWS)
        .map(({ row, username, displayName, unitCode, role }) => ({
          row,
          username,
          displayName,
          unitCode,
          role,
        })),
    };
    return { report, accepted: plan.accepted };
  }

  /** Creates the accounts, all or none, each with a temporary password to be replaced at first sign-in. */
  async function create(user: SignedInUser, accepted: PlacedStaff[], requestId: string) {
    const passwords = accepted.map(() => generatePassword());
    const hashes = await hashAll(passwords);
    const now = clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      await repository.insertAccounts(
        trx,
        accepted.map((staff, index) => ({
          public_id: newPublicId(),
          username: staff.username,
          display_name: staff.displayName,
          email: staff.email,
          password_hash: hashes[index] as string,
          password_changed_at: now,
          created_at: now,
          unit_id: staff.unit.id,
          must_change_password: 1,
        })),
        accepted.flatMap((staff) =>
          staff.role
            ? [
                {
                  username: staff.username,
                  public_id: newPublicId(),
                  role: staff.role,
                  unit_id: staff.unit.id,
                  granted_at: now,
                  granted_by: user.accountId,
                },
              ]
            : [],
        ),
      );
      await audit(trx, {
        actorAccountId: user.accountId,
        action: 'account.imported',
        entityType: 'account_import',
        entityId: requestId,
        after: accepted.map((staff) => ({
          username: staff.username,
          displayName: staff.displayName,
          unit: staff.unitCode,
          role: staff.role,
        })),
        requestId,
      });
    });
    return passwords;
  }

  return {
    template: (format: SpreadsheetFormat) =>
      spreadsheetStream(format, {
        sheetName: 'Tài khoản',
        columns: staffColumns,
        rows: [[staffColumns.map((column) => exampleStaffRow[column.key])]],
        validatedRows: STAFF_IMPORT_ROW_LIMIT,
        explained: true,
      }),

    dryRun: async (user: SignedInUser, bytes: Buffer) => (await check(user, bytes, db)).report,

    /**
     * Creates the file's accounts when no row is rejected, and answers with the workbook of their
     * temporary passwords: the only time they are shown.
     */
    async apply(user: SignedInUser, bytes: Buffer, requestId: string) {
      const { report, accepted } = await check(user, bytes, db);
      if (report.rejected.length > 0) {
        throw rowsRejected(report.rejected);
      }
      const passwords = await create(user, accepted, requestId);
      return {
        created: accepted.length,
        workbook: spreadsheetStream('xlsx', {
          sheetName: 'Mật khẩu tạm thời',
          columns: passwordColumns,
          rows: [
            accepted.map((staff, index) => [
              staff.username,
              staff.displayName,
              staff.unit.name,
              passwords[index] as string,
            ]),
          ],
          validatedRows: 0,
        }),
      };
    },
  };
}

export type StaffImportService = ReturnType<typeof createStaffImportService>;
