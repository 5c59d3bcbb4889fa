import { z } from 'zod';
import { publicIdSchema } from './ids.js';
import { orgUnitKindSchema } from './org.js';
import { importRejectionSchema, spreadsheetFormatSchema } from './spreadsheet.js';

/** Above this many data rows a unit file is refused as a whole; split it by province. */
export const UNIT_IMPORT_ROW_LIMIT = 50_000;

export const unitImportPreviewRowSchema = z
  .object({
    row: z.number().int(),
    code: z.string(),
    name: z.string(),
    kind: orgUnitKindSchema,
    parentCode: z.string(),
  })
  .meta({ id: 'UnitImportPreviewRow' });

export const unitImportReportSchema = z
  .object({
    mode: z.enum(['dry-run', 'apply']),
    applied: z.boolean().describe('True once the rows are written; always false for a dry run'),
    created: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    emptyRows: z.number().int().describe('Blank rows, skipped'),
    rejected: z.array(importRejectionSchema),
    preview: z.object({
      created: z.array(unitImportPreviewRowSchema),
      changed: z.array(unitImportPreviewRowSchema),
      unchanged: z.array(unitImportPreviewRowSchema),
    }),
  })
  .meta({ id: 'UnitImportReport' });

export const unitExportQuerySchema = z.strictObject({
  under: publicIdSchema.describe('Export the units in effect today below this unit'),
  format: spreadsheetFormatSchema.default('xlsx'),
});

export type UnitImportReport = z.infer<typeof unitImportReportSchema>;
export type UnitImportPreviewRow = z.infer<typeof unitImportPreviewRowSchema>;
