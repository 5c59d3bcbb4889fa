import { importModeQuerySchema, spreadsheetFormatQuerySchema } from '../../../../contract/spreadsheet.js';
import { STAFF_IMPORT_CREATED_HEADER, staffImportReportSchema } from '../../../../contract/staff-import.js';
import { currentUser } from '../../../core/auth/current-user.js';
import { attachment } from '../../../core/http/content-disposition.js';
import { HttpProblem } from '../../../core/http/problem.js';
import { addRoute, type RouteRegistrar } from '../../../core/http/route.js';
import { sendSpreadsheet } from '../../../core/spreadsheet/send-spreadsheet.js';
import {
  spreadsheetFileSchema,
  spreadsheetImportProblems,
  withSpreadsheetUploads,
} from '../../../core/spreadsheet/upload-scope.js';
import { spreadsheetContentTypes } from '../../../core/spreadsheet/write-sheet.js';
import type { StaffImportService } from './staff-import-service.js';

export async function registerStaffImportRoutes(
  registrar: RouteRegistrar,
  staff: StaffImportService,
): Promise<void> {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/staff-imports/template',
    summary:
      'The staff account import template, with a drop-down list of roles and a sheet explaining each column',
    tag: 'people',
    access: 'signed_in',
    query: spreadsheetFormatQuerySchema,
    response: spreadsheetFileSchema,
    successStatus: 200,
    handler: async ({ query, reply }) => {
      return sendSpreadsheet(reply, query.format, {
        fileName: `Mẫu nhập tài khoản.${query.format}`,
        stream: staff.template(query.format),
      });
    },
  });

  await withSpreadsheetUploads(registrar, (uploads) =>
    addRoute(uploads, {
      method: 'POST',
      url: '/api/staff-imports',
      summary:
        'Create staff accounts from an .xlsx or .csv file sent as the request body: dry-run answers a JSON report; apply creates all accounts or none and answers once with an .xlsx of their temporary passwords',
      tag: 'people',
      access: 'signed_in',
      query: importModeQuerySchema,
      response: staffImportReportSchema.or(spreadsheetFileSchema),
      successStatus: 200,
      problems: spreadsheetImportProblems,
      handler: async ({ query, request, reply }) => {
        if (!Buffer.isBuffer(request.body)) {
          throw new HttpProblem('unsupported_media_type', 'Send the spreadsheet file as the request body.');
        }
        const user = currentUser(request);
        if (query.mode === 'dry-run') return staff.dryRun(user, request.body);
        const { created, workbook } = await staff.apply(user, request.body, String(request.id));
        reply
          .type(spreadsheetContentTypes.xlsx)
          .header('content-disposition', attachment('Mật khẩu tạm thời.xlsx'))
          .header(STAFF_IMPORT_CREATED_HEADER, String(created))
          .header('cache-control', 'no-store');
        return workbook;
      },
    }),
  );
}
