import { z } from 'zod';
import { publicIdSchema } from '../ids.js';

export const reportAttachmentSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string().describe('Decided from the file’s bytes, not from what the uploader claimed'),
    size: z.number().int().describe('Bytes'),
    uploadedAt: z.string(),
    uploadedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: 'ReportAttachment' });

export type ReportAttachment = z.infer<typeof reportAttachmentSchema>;

export const attachmentParamsSchema = z.strictObject({ id: publicIdSchema, attachmentId: publicIdSchema });

export const attachmentUploadQuerySchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(255)
    .refine((name) => !/[\\/\p{Cc}]/u.test(name), 'a file name without slashes or control characters')
    .describe('The name the file is shown and downloaded with, e.g. "Biên bản tuyên truyền.pdf"'),
});
