import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { documentFileSchema, documentQuerySchema, sendDocument } from '../documents/formats.js';
import { planDocument } from './plan-document.js';
import type { PlanService } from './service.js';

export function registerPlanDocumentRoutes(registrar: RouteRegistrar, plans: PlanService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/plans/:id/document',
    summary: 'The plan as an official document in the Nghị định 30/2020 layout: DOCX to edit, PDF to print',
    tag: 'plans',
    access: 'signed_in',
    params: z.strictObject({ id: publicIdSchema }),
    query: documentQuerySchema,
    response: documentFileSchema,
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ params, query, request, reply }) =>
      sendDocument(reply, planDocument(await plans.get(currentUser(request), params.id)), query.format),
  });
}
