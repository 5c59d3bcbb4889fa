import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { SpreadsheetFormat } from '../../../contract/spreadsheet.js';
import { attachment } from '../http/content-disposition.js';
import { spreadsheetContentTypes } from './write-sheet.js';

/** Answers with a streamed spreadsheet to save under a (Vietnamese) file name. */
export function sendSpreadsheet(
  reply: FastifyReply,
  format: SpreadsheetFormat,
  file: { fileName: string; stream: Readable },
): Readable {
  reply.type(spreadsheetContentTypes[format]).header('content-disposition', attachment(file.fileName));
  return file.stream;
}
