import { z } from 'zod';

/** Uploads above this size are refused with 413 before they are read. */
export const SPREADSHEET_UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024;

export const spreadsheetFormats = ['xlsx', 'csv'] as const;
export const spreadsheetFormatSchema = z.enum(spreadsheetFormats);
export type SpreadsheetFormat = z.infer<typeof spreadsheetFormatSchema>;

/** The content types an import accepts; the server looks at the bytes, not at the type, to tell them apart. */
export const spreadsheetUploadTypes = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  // What Windows browsers send for a .csv file when Excel is installed.
  'application/vnd.ms-excel',
  'application/octet-stream',
] as const;

export const spreadsheetFormatQuerySchema = z.strictObject({
  format: spreadsheetFormatSchema.default('xlsx'),
});

export const importModeQuerySchema = z.strictObject({
  mode: z
    .enum(['dry-run', 'apply'])
    .describe('dry-run reports what would happen and writes nothing; apply writes all rows or none'),
});
export type ImportMode = z.infer<typeof importModeQuerySchema>['mode'];

export const importRejectionCodes = [
  'required',
  'invalid_value',
  'formula',
  'duplicate_in_file',
  'parent_not_found',
  'parent_rejected',
  'parent_closed',
  'cycle',
  'outside_scope',
  'unit_closed',
  'username_taken',
  'unit_not_found',
] as const;

export const importRejectionSchema = z
  .object({
    row: z.number().int().describe('Row number as the spreadsheet shows it (the header is row 1)'),
    column: z.string().nullable().describe('Header of the offending column, when one column is to blame'),
    code: z.enum(importRejectionCodes),
    reason: z.string().describe('In Vietnamese, e.g. "Dòng 4: thiếu tên đơn vị"'),
  })
  .meta({ id: 'ImportRejection' });

export type ImportRejection = z.infer<typeof importRejectionSchema>;
export type ImportRejectionCode = ImportRejection['code'];

/** How many rows of each kind a report shows as a preview. */
export const IMPORT_PREVIEW_ROWS = 20;
