import type { ReportImportResult } from '../../../../contract/reporting/report-import.js';
import type { ImportMode, SpreadsheetFormat } from '../../../../contract/spreadsheet.js';
import type { SignedInUser } from '../../../core/auth/signed-in-user.js';
import { HttpProblem } from '../../../core/http/problem.js';
import { readSheet } from '../../../core/spreadsheet/read-sheet.js';
import type { ReportingService } from '../service.js';
import { readReportSheet } from './report-sheet-cells.js';
import { reportTemplate } from './report-template.js';

/** A form has tens of fields; a sheet far longer than that is not its template. */
const ROW_LIMIT = 1000;

/**
 * Offline work on a report: its template as a spreadsheet, and the filled sheet saved as the draft
 * through the same save as the form on screen, all values or none.
 */
export function createReportImportService(deps: { reporting: ReportingService }) {
  const { reporting } = deps;

  return {
    async template(user: SignedInUser, reportPublicId: string, format: SpreadsheetFormat) {
      return reportTemplate(await reporting.getReport(user, reportPublicId), format);
    },

    async import(
      user: SignedInUser,
      reportPublicId: string,
      file: Buffer,
      options: { mode: ImportMode; version?: number },
    ): Promise<ReportImportResult> {
      await reporting.editableReport(user, reportPublicId);
      const report = await reporting.getReport(user, reportPublicId);
      const read = readReportSheet(await readSheet(file, ROW_LIMIT), report);
      const fieldValues = Object.values(read.values);
      const summary = {
        mode: options.mode,
        fieldsFilled: fieldValues.filter((value) => value !== null).length,
        fieldsCleared: fieldValues.filter((value) => value === null).length,
        errors: read.errors,
      };
      if (options.mode === 'dry-run') return { ...summary, applied: false };
      if (read.errors.length > 0) {
        throw new HttpProblem(
          'import_rejected',
          `${read.errors.length} cells are refused; nothing was saved.`,
          {
            errors: read.errors.map((error) => ({ path: error.cell, message: error.message })),
          },
        );
      }
      await reporting.updateReport(user, reportPublicId, {
        version: options.version ?? report.version,
        values: read.values,
        narrative: read.narrative,
      });
      return { ...summary, applied: true };
    },
  };
}

export type ReportImportService = ReturnType<typeof createReportImportService>;
