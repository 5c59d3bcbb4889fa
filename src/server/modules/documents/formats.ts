import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { attachment } from '../../core/http/content-disposition.js';
import { documentFileName } from './file-name.js';
import type { OfficialDocument } from './official-document.js';

/** The renderers load on first use: they are large and most processes never print. */
const documentFormats = {
  docx: {
    render: async (document: OfficialDocument) =>
      (await import('./docx/render-docx.js')).renderDocx(document),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: {
    render: async (document: OfficialDocument) => (await import('./pdf/render-pdf.js')).renderPdf(document),
    contentType: 'application/pdf',
  },
} as const;

/** `?format=docx` to edit, `?format=pdf` (the default) to print. */
export const documentQuerySchema = z.strictObject({ format: z.enum(['docx', 'pdf']).default('pdf') });

export const documentFileSchema = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .describe('A .docx or .pdf file');

/** Renders the document in the format asked and sets its type and a file name after its number and subject. */
export async function sendDocument(
  reply: FastifyReply,
  document: OfficialDocument,
  format: keyof typeof documentFormats,
): Promise<Buffer> {
  const renderer = documentFormats[format];
  const file = await renderer.render(document);
  reply
    .type(renderer.contentType)
    .header('content-disposition', attachment(documentFileName(document, format)));
  return file;
}
