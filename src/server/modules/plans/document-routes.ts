import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import { currentUser } from '../../core/auth/current-user.js';
import { attachment } from '../../core/http/content-disposition.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { renderDocx } from '../documents/docx/render-docx.js';
import { documentFileName } from '../documents/file-name.js';
import { renderPdf } from '../documents/pdf/render-pdf.js';
import { planDocument } from './plan-document.js';
import type { PlanService } from './service.js';

const documentFormats = {
  docx: {
    render: renderDocx,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  pdf: { render: renderPdf, contentType: 'application/pdf' },
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
