import { z } from 'zod';
import { importModeQuerySchema } from '../spreadsheet.js';

export const reportImportQuerySchema = importModeQuerySchema.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The report version the file was filled against; a newer save by a colleague answers 409'),
});

export const reportImportResultSchema = z
  .object({
    mode: z.enum(['dry-run', 'apply']),
    applied: z.boolean(),
    fieldsFilled: z.number().int().describe('Fields the file gives a value'),
    fieldsCleared: z.number().int().describe('Fields the file leaves empty, so their value is removed'),
    errors: z.array(
      z.object({
        cell: z.string().describe('The cell as the spreadsheet names it, e.g. "E7"'),
        message: z
          .string()
          .describe('In Vietnamese, naming the cell: "Ô E7: tử số không được lớn hơn mẫu số"'),
      }),
    ),
  })
  .meta({ id: 'ReportImportResult' });

export type ReportImportResult = z.infer<typeof reportImportResultSchema>;
