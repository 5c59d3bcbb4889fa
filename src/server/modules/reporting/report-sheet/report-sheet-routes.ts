import { z } from 'zod';
import { publicIdSchema } from '../../../../contract/ids.js';
import {
  reportImportQuerySchema,
  reportImportResultSchema,
} from '../../../../contract/reporting/report-import.js';
import { spreadsheetFormatQuerySchema } from '../../../../contract/spreadsheet.js';
import { currentUser } from '../../../core/auth/current-user.js';
import { HttpProblem } from '../../../core/http/problem.js';
import { addRoute, type RouteRegistrar } from '../../../core/http/route.js';
import { sendSpreadsheet } from '../../../core/spreadsheet/send-spreadsheet.js';
import {
  spreadsheetFileSchema,
  spreadsheetImportProblems,
  withSpreadsheetUploads,
} from '../../../core/spreadsheet/upload-scope.js';
import type { ReportImportService } from './report-import-service.js';

const idParams = z.strictObject({ id: publicIdSchema });

export async function registerReportSheetRoutes(
  registrar: RouteRegistrar,
  sheets: ReportImportService,
): Promise<void> {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/reports/:id/template',
    summary:
      'The report as a spreadsheet to fill offline: one row per field and narrative section with its current value, and a sheet explaining the columns',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    query: spreadsheetFormatQuerySchema,
    response: spreadsheetFileSchema,
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ params, query, request, reply }) => {
      return sendSpreadsheet(
        reply,
        query.format,
        await sheets.template(currentUser(request), params.id, query.format),
      );
    },
  });

  await withSpreadsheetUploads(registrar, (uploads) =>
    addRoute(uploads, {
      method: 'POST',
      url: '/api/reports/:id/import',
      summary:
        'Save a filled report template (.xlsx or .csv as the request body) as the draft: dry-run checks every cell and writes nothing; apply saves all values or none',
      tag: 'reporting',
      access: 'signed_in',
      params: idParams,
      query: reportImportQuerySchema,
      response: reportImportResultSchema,
      successStatus: 200,
      problems: [
        ...spreadsheetImportProblems,
        'not_found',
        'report_locked',
        'round_closed',
        'version_conflict',
      ],
      handler: async ({ params, query, request }) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new HttpProblem('unsupported_media_type', 'Send the spreadsheet file as the request body.');
        }
        return sheets.import(currentUser(request), params.id, request.body, query);
      },
    }),
  );
}
