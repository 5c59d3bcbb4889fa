import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import { currentUser } from '../../core/auth/current-user.js';
import { attachment } from '../../core/http/content-disposition.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { documentFileName } from '../documents/file-name.js';
import type { OfficialDocument } from '../documents/official-document.js';
import { planDocument } from './plan-document.js';
import type { PlanService } from './service.js';

/** The renderers load on first use: they are large and most processes never print. */
const documentFormats = {
  docx: {
    render: async (document: OfficialDocument) =>
      (await import('../documents/docx/render-docx.js')).renderDocx(document),
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: {
    render: async (document: OfficialDocument) =>
      (await import('../documents/pdf/render-pdf.js')).renderPdf(document),
    contentType: 'application/pdf',
  },
} as const;

export function registerPlanDocumentRoutes(registrar: RouteRegistrar, plans: PlanService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/plans/:id/document',
    summary: 'The plan as an official document in the Nghị định 30/2020 layout: DOCX to edit, PDF to print',
    tag: 'plans',
    access: 'signed_in',
    params: z.strictObject({ id: publicIdSchema }),
    query: z.strictObject({ format: z.enum(['docx', 'pdf']).default('pdf') }),
    response: z.custom<Buffer>((value) => Buffer.isBuffer(value)).describe('A .docx or .pdf file'),
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ params, query, request, reply }) => {
      const document = planDocument(await plans.get(currentUser(request), params.id));
      const format = documentFormats[query.format];
      const file = await format.render(document);
      reply
        .type(format.contentType)
        .header('content-disposition', attachment(documentFileName(document, query.format)));
      return file;
    },
  });
}
