import { z } from 'zod';
import { roles } from './roles.js';
import { importRejectionSchema } from './spreadsheet.js';

/**
 * Each account costs one deliberately slow password hash (about 0.1 s of a core), so a staff file is
 * kept to what one request can create in well under a minute; a larger list is split into files.
 */
export const STAFF_IMPORT_ROW_LIMIT = 300;

export const staffImportPreviewRowSchema = z
  .object({
    row: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    unitCode: z.string(),
    role: z.enum(roles).nullable(),
  })
  .meta({ id: 'StaffImportPreviewRow' });

export const staffImportReportSchema = z
  .object({
    created: z.number().int().describe('Accounts the file would create'),
    emptyRows: z.number().int(),
    rejected: z.array(importRejectionSchema),
    preview: z.array(staffImportPreviewRowSchema),
  })
  .meta({ id: 'StaffImportReport' });

/** Response header of an applied staff import: how many accounts the password workbook lists. */
export const STAFF_IMPORT_CREATED_HEADER = 'x-created-accounts';

export type StaffImportReport = z.infer<typeof staffImportReportSchema>;
export type StaffImportPreviewRow = z.infer<typeof staffImportPreviewRowSchema>;
