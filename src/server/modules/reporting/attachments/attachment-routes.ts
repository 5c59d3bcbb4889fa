import type { Readable } from 'node:stream';
import { z } from 'zod';
import { publicIdSchema } from '../../../../contract/ids.js';
import {
  attachmentParamsSchema,
  attachmentUploadQuerySchema,
  reportAttachmentSchema,
} from '../../../../contract/reporting/attachments.js';
import { currentUser } from '../../../core/auth/current-user.js';
import { attachment } from '../../../core/http/content-disposition.js';
import { HttpProblem } from '../../../core/http/problem.js';
import { addRoute, type RouteRegistrar } from '../../../core/http/route.js';
import type { AttachmentService } from './attachment-service.js';

const fileSchema = z
  .custom<Readable>((value) => typeof value === 'object' && value !== null && 'pipe' in value)
  .describe('The file as it was uploaded');

const isStream = (value: unknown): value is Readable =>
  typeof value === 'object' && value !== null && typeof (value as Readable).pipe === 'function';

/**
 * `POST /api/reports/:id/attachments` takes the file as the raw request body, whatever its declared
 * type: in this scope every body reaches the service unread, which spools it within the size limit
 * and judges its type by its bytes.
 */
export async function registerAttachmentRoutes(
  registrar: RouteRegistrar,
  attachments: AttachmentService,
): Promise<void> {
  await registrar.app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    addRoute(
      { ...registrar, app: scope },
      {
        method: 'POST',
        url: '/api/reports/:id/attachments',
        summary:
          'Attach evidence to a draft report: the file as the raw request body (PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, ODT, ODS, ODP; 20 MB unless configured otherwise), its name in `fileName`',
        tag: 'reporting',
        access: 'signed_in',
        params: z.strictObject({ id: publicIdSchema }),
        query: attachmentUploadQuerySchema,
        response: reportAttachmentSchema,
        successStatus: 201,
        problems: [
          'not_found',
          'forbidden',
          'report_locked',
          'round_closed',
          'attachment_too_large',
          'attachment_type_not_allowed',
          'unsupported_media_type',
          'csrf_failed',
        ],
        handler: async ({ params, query, request }) => {
          if (!isStream(request.body)) {
            throw new HttpProblem('unsupported_media_type', 'Send the file as the request body.');
          }
          const length = request.headers['content-length'];
          return attachments.upload(
            currentUser(request),
            params.id,
            query.fileName,
            request.body,
            length === undefined ? undefined : Number(length),
          );
        },
      },
    );
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reports/:id/attachments/:attachmentId',
    summary: 'Download an attachment of a report, with the type its content was recognised as',
    tag: 'reporting',
    access: 'signed_in',
    params: attachmentParamsSchema,
    response: fileSchema,
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ params, request, reply }) => {
      const { attachment: described, content } = await attachments.download(
        currentUser(request),
        params.id,
        params.attachmentId,
      );
      reply
        .type(described.contentType)
        .header('content-length', described.size)
        .header('content-disposition', attachment(described.fileName));
      return content;
    },
  });

  addRoute(registrar, {
    method: 'DELETE',
    url: '/api/reports/:id/attachments/:attachmentId',
    summary: 'Remove an attachment from a draft report',
    tag: 'reporting',
    access: 'signed_in',
    params: attachmentParamsSchema,
    problems: ['not_found', 'forbidden', 'report_locked', 'round_closed', 'csrf_failed'],
    handler: ({ params, request }) =>
      attachments.remove(currentUser(request), params.id, params.attachmentId),
  });
}
