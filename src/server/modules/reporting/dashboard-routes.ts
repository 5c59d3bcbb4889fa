import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import {
  completenessSchema,
  dashboardQuerySchema,
  outstandingQuerySchema,
  outstandingSchema,
  trendSchema,
} from '../../../contract/reporting/dashboards.js';
import { spreadsheetFormatQuerySchema } from '../../../contract/spreadsheet.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { sendSpreadsheet } from '../../core/spreadsheet/send-spreadsheet.js';
import { spreadsheetFileSchema } from '../../core/spreadsheet/upload-scope.js';
import type { DashboardService } from './dashboard-service.js';

const idParams = z.strictObject({ id: publicIdSchema });
const sheetQuerySchema = dashboardQuerySchema.extend(spreadsheetFormatQuerySchema.shape);

export function registerDashboardRoutes(registrar: RouteRegistrar, dashboards: DashboardService): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds/:id/completeness',
    summary:
      'Completeness and timeliness per direct child of a unit (communes of a Sở, provinces of the ministry), with the total',
    tag: 'dashboards',
    access: 'signed_in',
    params: idParams,
    query: dashboardQuerySchema,
    response: completenessSchema,
    problems: ['not_found'],
    handler: ({ params, query, request }) => dashboards.completeness(currentUser(request), params.id, query),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds/:id/outstanding',
    summary:
      'Units of a subtree still owing their report (missing after the deadline first) or that reported late, with their contacts',
    tag: 'dashboards',
    access: 'signed_in',
    params: idParams,
    query: outstandingQuerySchema,
    response: outstandingSchema,
    problems: ['not_found'],
    handler: ({ params, query, request }) => dashboards.outstanding(currentUser(request), params.id, query),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds/:id/trend',
    summary:
      'Each plan indicator of the round over the rounds of the same plan or form, year by year, value against target',
    tag: 'dashboards',
    access: 'signed_in',
    params: idParams,
    query: dashboardQuerySchema,
    response: trendSchema,
    problems: ['not_found'],
    handler: ({ params, query, request }) => dashboards.trend(currentUser(request), params.id, query),
  });

  for (const table of ['completeness', 'outstanding'] as const) {
    addRoute(registrar, {
      method: 'GET',
      url: `/api/reporting-rounds/:id/${table}/export`,
      summary:
        table === 'completeness'
          ? 'The completeness table of the dashboard as XLSX or CSV, with the total row'
          : 'Every late or missing unit of the subtree as a streamed XLSX or CSV',
      tag: 'dashboards',
      access: 'signed_in',
      params: idParams,
      query: sheetQuerySchema,
      response: spreadsheetFileSchema,
      problems: ['not_found'],
      handler: async ({ params, query, request, reply }) => {
        const user = currentUser(request);
        const file =
          table === 'completeness'
            ? await dashboards.completenessSheet(user, params.id, query)
            : await dashboards.outstandingSheet(user, params.id, query);
        return sendSpreadsheet(reply, query.format, file);
      },
    });
  }
}
