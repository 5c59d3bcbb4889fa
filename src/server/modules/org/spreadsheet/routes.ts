import { importModeQuerySchema, spreadsheetFormatQuerySchema } from '../../../../contract/spreadsheet.js';
import { unitExportQuerySchema, unitImportReportSchema } from '../../../../contract/unit-import.js';
import { currentUser } from '../../../core/auth/current-user.js';
import { HttpProblem } from '../../../core/http/problem.js';
import { addRoute, type RouteRegistrar } from '../../../core/http/route.js';
import { sendSpreadsheet } from '../../../core/spreadsheet/send-spreadsheet.js';
import {
  spreadsheetFileSchema,
  spreadsheetImportProblems,
  withSpreadsheetUploads,
} from '../../../core/spreadsheet/upload-scope.js';
import type { UnitSpreadsheetService } from './unit-spreadsheet-service.js';

export async function registerUnitSpreadsheetRoutes(
  registrar: RouteRegistrar,
  units: UnitSpreadsheetService,
): Promise<void> {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/unit-imports/template',
    summary:
      'The unit import template: Vietnamese headers, drop-down lists, an example row and a sheet explaining each column',
    tag: 'org',
    access: 'signed_in',
    query: spreadsheetFormatQuerySchema,
    response: spreadsheetFileSchema,
    successStatus: 200,
    handler: async ({ query, reply }) => {
      return sendSpreadsheet(reply, query.format, {
        fileName: `Mẫu nhập danh sách đơn vị.${query.format}`,
        stream: units.template(query.format),
      });
    },
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/org-units/export',
    summary: 'The units in effect today below a unit, streamed in the import template’s shape',
    tag: 'org',
    access: 'signed_in',
    query: unitExportQuerySchema,
    response: spreadsheetFileSchema,
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ query, reply }) => {
      return sendSpreadsheet(reply, query.format, await units.exportUnder(query.under, query.format));
    },
  });

  await withSpreadsheetUploads(registrar, (uploads) =>
    addRoute(uploads, {
      method: 'POST',
      url: '/api/unit-imports',
      summary:
        'Import units from an .xlsx or .csv file sent as the request body (at most 20 MB, 50,000 rows): dry-run reports, apply writes all rows or none',
      tag: 'org',
      access: 'signed_in',
      query: importModeQuerySchema,
      response: unitImportReportSchema,
      successStatus: 200,
      problems: spreadsheetImportProblems,
      handler: ({ query, request }) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new HttpProblem('unsupported_media_type', 'Send the spreadsheet file as the request body.');
        }
        return units.importFile(currentUser(request), request.body, query.mode, String(request.id));
      },
    }),
  );
}
