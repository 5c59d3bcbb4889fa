import type { ImportRejection, ImportRejectionCode } from '../../../../contract/spreadsheet.js';

/** A rejected row, its reason in Vietnamese prefixed with the row number as the spreadsheet shows it. */
export const rejection = (
  row: number,
  column: string | null,
  code: ImportRejectionCode,
  reason: string,
): ImportRejection => ({ row, column, code, reason: `Dòng ${row}: ${reason}` });
