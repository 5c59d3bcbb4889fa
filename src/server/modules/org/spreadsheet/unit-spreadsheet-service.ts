import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  IMPORT_PREVIEW_ROWS,
  type ImportMode,
  type ImportRejection,
  type SpreadsheetFormat,
} from '../../../../contract/spreadsheet.js';
import {
  UNIT_IMPORT_ROW_LIMIT,
  type UnitImportPreviewRow,
  type UnitImportReport,
} from '../../../../contract/unit-import.js';
import type { AuditWriter } from '../../../core/audit/audit.js';
import { subtreesWhere } from '../../../core/auth/access.js';
import type { SignedInUser } from '../../../core/auth/signed-in-user.js';
import type { Clock } from '../../../core/clock.js';
import type { Database } from '../../../core/db/schema.js';
import { forbidden, notFound } from '../../../core/http/problem.js';
import { readSheet } from '../../../core/spreadsheet/read-sheet.js';
import { rowsRejected } from '../../../core/spreadsheet/rejection.js';
import { columnPositions } from '../../../core/spreadsheet/sheet-columns.js';
import { spreadsheetStream } from '../../../core/spreadsheet/write-sheet.js';
import { vietnamToday } from '../../../core/vietnam-date.js';
import type { OrgRepository, OwnedColumn } from '../repository.js';
import { importUnitsWithin } from '../unit-import.js';
import { exampleUnitRow, unitColumns } from './unit-columns.js';
import { type PlannedUnit, planUnitImport } from './unit-import-plan.js';
import { readUnitRow, type UnitCandidate } from './unit-rows.js';
import type { UnitSheetRepository } from './unit-sheet-repository.js';
import { unitSheetRow } from './unit-sheet-rows.js';

/** A spreadsheet speaks for every column it has, so an import may change all of them on an existing unit. */
const SPREADSHEET_COLUMNS: readonly OwnedColumn[] = [
  'name',
  'short_name',
  'search_text',
  'kind',
  'school_level',
  'ownership',
  'parent_id',
  'address',
  'phone',
  'email',
  'province_code',
];

const preview = (units: PlannedUnit[]): UnitImportPreviewRow[] =>
  units
    .slice(0, IMPORT_PREVIEW_ROWS)
    .map(({ row, code, name, kind, parentCode }) => ({ row, code, name, kind, parentCode }));

export function createUnitSpreadsheetService(deps: {
  db: Kysely<Database>;
  repository: OrgRepository;
  sheets: UnitSheetRepository;
  audit: AuditWriter;
  clock: Clock;
}) {
  const { db, sheets, audit, clock } = deps;

  return {
    template: (format: SpreadsheetFormat) =>
      spreadsheetStream(format, {
        sheetName: 'Đơn vị',
        columns: unitColumns,
        rows: [[unitColumns.map((column) => exampleUnitRow[column.key])]],
        validatedRows: UNIT_IMPORT_ROW_LIMIT,
        explained: true,
      }),

    /**
     * Reads a unit file and reports what it would do; with `apply`, also writes it, all rows or none,
     * in the transaction that checked it, and refuses when any row is rejected.
     */
    async importFile(
      user: SignedInUser,
      bytes: Buffer,
      mode: ImportMode,
      requestId: string,
    ): Promise<UnitImportReport> {
      const scope = subtreesWhere(user, 'org.manage');
      if (scope?.length === 0) throw forbidden('Your role does not include managing units.');
      const content = await readSheet(bytes, UNIT_IMPORT_ROW_LIMIT);
      const positions = columnPositions(content.header, unitColumns);
      const candidates: UnitCandidate[] = [];
      const unreadable: ImportRejection[] = [];
      for (const sheetRow of content.rows) {
        const read = readUnitRow(sheetRow, positions);
        if ('unit' in read) candidates.push(read.unit);
        else unreadable.push(...read.rejections);
      }
      const codes = [...new Set(candidates.flatMap((unit) => [unit.code, unit.parentCode]))];

      return db.transaction().execute(async (trx) => {
        const plan = planUnitImport({
          candidates,
          existing: await sheets.unitsAndAncestors(trx, codes),
          scope,
        });
        const rejected = [...unreadable, ...plan.rejected].sort((a, b) => a.row - b.row);
        const report: UnitImportReport = {
          mode,
          applied: false,
          created: plan.created.length,
          changed: plan.changed.length,
          unchanged: plan.unchanged.length,
          emptyRows: content.emptyRows,
          rejected,
          preview: {
            created: preview(plan.created),
            changed: preview(plan.changed),
            unchanged: preview(plan.unchanged),
          },
        };
        if (mode === 'dry-run') return report;
        if (rejected.length > 0) {
          throw rowsRejected(rejected);
        }
        const today = vietnamToday(clock);
        await importUnitsWithin(
          trx,
          deps,
          'spreadsheet',
          [...plan.created, ...plan.changed].map((unit) => ({
            code: unit.code,
            name: unit.name,
            shortName: unit.shortName,
            kind: unit.kind,
            schoolLevel: unit.schoolLevel ?? undefined,
            ownership: unit.ownership ?? undefined,
            parentCode: unit.parentCode,
            validFrom: today,
            provinceCode: unit.provinceCode ?? undefined,
            address: unit.address ?? undefined,
            phone: unit.phone ?? undefined,
            email: unit.email ?? undefined,
          })),
          [],
          { owned: SPREADSHEET_COLUMNS, actorAccountId: user.accountId, requestId },
        );
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'org.spreadsheet_imported',
          entityType: 'org_import',
          entityId: 'spreadsheet',
          after: {
            sha256: createHash('sha256').update(bytes).digest('hex'),
            bytes: bytes.length,
            created: report.created,
            changed: report.changed,
            unchanged: report.unchanged,
            emptyRows: report.emptyRows,
          },
          requestId,
        });
        return { ...report, applied: true };
      });
    },

    /** The units in effect today below a unit, in the template's shape; readable by everyone signed in. */
    async exportUnder(underPublicId: string, format: SpreadsheetFormat) {
      const under = await deps.repository.findUnit(underPublicId, null);
      if (!under) throw notFound('There is no such unit.');
      const pages = sheets.subtreePages(under.path, vietnamToday(clock));
      return {
        fileName: `Danh sách đơn vị - ${under.name}.${format}`,
        stream: spreadsheetStream(format, {
          sheetName: 'Đơn vị',
          columns: unitColumns,
          rows: (async function* () {
            for await (const page of pages) yield page.map(unitSheetRow);
          })(),
          validatedRows: UNIT_IMPORT_ROW_LIMIT,
          explained: true,
        }),
      };
    },
  };
}

export type UnitSpreadsheetService = ReturnType<typeof createUnitSpreadsheetService>;
