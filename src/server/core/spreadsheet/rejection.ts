import type { ImportRejection, ImportRejectionCode } from '../../../contract/spreadsheet.js';
import { HttpProblem } from '../http/problem.js';

/** A rejected row, its reason in Vietnamese prefixed with the row number as the spreadsheet shows it. */
export const rejection = (
  row: number,
  column: string | null,
  code: ImportRejectionCode,
  reason: string,
): ImportRejection => ({ row, column, code, reason: `Dòng ${row}: ${reason}` });

/** 422 for an apply refused because rows are rejected, listing each one as the dry run did. */
export const rowsRejected = (rejected: ImportRejection[]) =>
  new HttpProblem('import_rejected', `${rejected.length} rows are rejected; nothing was imported.`, {
    errors: rejected.map((item) => ({
      path: `row ${item.row}${item.column ? `, ${item.column}` : ''}`,
      message: item.reason,
    })),
  });
