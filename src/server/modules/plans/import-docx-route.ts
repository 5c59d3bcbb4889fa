import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import { planSchema } from '../../../contract/plans/plan.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { docxText } from './import/docx-text.js';
import type { PlanService } from './service.js';

export const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** A 30-page plan with a few images stays well under this. */
const DOCX_UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/** `POST /api/plans/import-docx`: the .docx file as the raw body, read in a scope of its own. */
export async function registerPlanDocxImportRoute(
  registrar: RouteRegistrar,
  plans: PlanService,
): Promise<void> {
  await registrar.app.register(async (scope) => {
    scope.addContentTypeParser(
      DOCX_CONTENT_TYPE,
      { parseAs: 'buffer', bodyLimit: DOCX_UPLOAD_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    addRoute(
      { ...registrar, app: scope },
      {
        method: 'POST',
        url: '/api/plans/import-docx',
        summary:
          'Draft a plan from a Word document (.docx sent as the request body, at most 10 MB), read as the text import reads',
        tag: 'plans',
        access: 'signed_in',
        query: z.strictObject({
          issuerId: publicIdSchema.optional().describe('The caller’s unit when absent'),
        }),
        body: z.custom<Buffer>((value) => Buffer.isBuffer(value)).describe('The .docx file'),
        response: planSchema,
        successStatus: 201,
        problems: [
          'forbidden',
          'csrf_failed',
          'import_not_a_document',
          'payload_too_large',
          'unsupported_media_type',
        ],
        handler: async ({ body, query, request }) =>
          plans.importText(currentUser(request), {
            text: await docxText(body),
            ...(query.issuerId ? { issuerId: query.issuerId } : {}),
          }),
      },
    );
  });
}
