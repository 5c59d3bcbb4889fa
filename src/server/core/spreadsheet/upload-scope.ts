import { z } from 'zod';
import type { ProblemCode } from '../../../contract/problem.js';
import { SPREADSHEET_UPLOAD_LIMIT_BYTES, spreadsheetUploadTypes } from '../../../contract/spreadsheet.js';
import type { RouteRegistrar } from '../http/route.js';

/** Response schema of a route that answers with a spreadsheet file rather than JSON. */
export const spreadsheetFileSchema = z
  .custom<NodeJS.ReadableStream>((value) => typeof value === 'object' && value !== null && 'pipe' in value)
  .describe('An .xlsx or .csv file');

/** What an import of a spreadsheet may answer besides success, for the API documentation. */
export const spreadsheetImportProblems: ProblemCode[] = [
  'forbidden',
  'csrf_failed',
  'unsupported_media_type',
  'payload_too_large',
  'import_not_a_spreadsheet',
  'import_columns_invalid',
  'import_too_many_rows',
  'import_rejected',
];

/**
 * Registers routes that take a spreadsheet as the raw request body. The parser and its size limit
 * apply inside this scope only, so every other route keeps accepting JSON alone, up to 1 MB.
 */
export async function withSpreadsheetUploads(
  registrar: RouteRegistrar,
  register: (scoped: RouteRegistrar) => void,
): Promise<void> {
  await registrar.app.register(async (scope) => {
    scope.addContentTypeParser(
      [...spreadsheetUploadTypes],
      { parseAs: 'buffer', bodyLimit: SPREADSHEET_UPLOAD_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );
    register({ ...registrar, app: scope });
  });
}
