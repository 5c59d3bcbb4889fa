import { z } from 'zod';
import { publicIdSchema } from '../../../contract/ids.js';
import type { ProblemCode } from '../../../contract/problem.js';
import {
  consolidateRequestSchema,
  consolidationSchema,
  createFormRequestSchema,
  createRoundRequestSchema,
  formQuerySchema,
  formSchema,
  formVersionRequestSchema,
  reasonRequestSchema,
  reportListQuerySchema,
  reportListSchema,
  reportSchema,
  rollupQuerySchema,
  rollupSchema,
  roundListSchema,
  roundSchema,
  submitReportRequestSchema,
  updateReportRequestSchema,
} from '../../../contract/reporting/reports.js';
import { spreadsheetFormatQuerySchema } from '../../../contract/spreadsheet.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import { sendSpreadsheet } from '../../core/spreadsheet/send-spreadsheet.js';
import { spreadsheetFileSchema } from '../../core/spreadsheet/upload-scope.js';
import { documentFileSchema, documentQuerySchema, sendDocument } from '../documents/formats.js';
import type { ReportingService } from './service.js';

const idParams = z.strictObject({ id: publicIdSchema });

/** What a write of a report's values may answer: saving them, or submitting them with the report. */
const CONTENT_WRITE_PROBLEMS: readonly ProblemCode[] = [
  'not_found',
  'forbidden',
  'version_conflict',
  'report_locked',
  'round_closed',
  'invalid_report_values',
  'csrf_failed',
];

export function registerReportingRoutes(registrar: RouteRegistrar, reporting: ReportingService): void {
  addRoute(registrar, {
    method: 'POST',
    url: '/api/report-forms',
    summary: 'Derive a report form from a plan: its indicators become fields, plus extra questions',
    tag: 'reporting',
    access: 'signed_in',
    body: createFormRequestSchema,
    response: formSchema,
    successStatus: 201,
    problems: ['not_found', 'plan_not_issued', 'form_without_fields', 'csrf_failed'],
    handler: ({ body, request }) => reporting.createForm(currentUser(request), body),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/report-forms/:id',
    summary: 'A report form with its fields: the latest version, or the one asked for',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    query: formQuerySchema,
    response: formSchema,
    problems: ['not_found'],
    handler: ({ params, query, request }) =>
      reporting.getForm(currentUser(request), params.id, query.version),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/report-forms/:id/versions',
    summary:
      'Add the next version of a form with a new list of extra questions (plan fields kept); rounds already open keep theirs',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    body: formVersionRequestSchema,
    response: formSchema,
    successStatus: 201,
    problems: ['not_found', 'version_conflict', 'unknown_form_field', 'form_without_fields', 'csrf_failed'],
    handler: ({ params, body, request }) => reporting.addFormVersion(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reporting-rounds',
    summary: 'Open a reporting round: form, period, reporting units and a deadline per level',
    tag: 'reporting',
    access: 'signed_in',
    body: createRoundRequestSchema,
    response: roundSchema,
    successStatus: 201,
    problems: [
      'not_found',
      'unit_not_found',
      'invalid_period',
      'deadline_before_period',
      'deadline_before_lower_level',
      'units_outside_plan_issuer',
      'deadline_missing',
      'period_not_recurring',
      'csrf_failed',
    ],
    handler: ({ body, request }) => reporting.createRound(currentUser(request), body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reporting-rounds/:id/close',
    summary:
      'Close the round: no report can be saved, submitted or returned any more, while approvals of reports already submitted may still finish',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: roundSchema,
    problems: ['not_found', 'forbidden', 'round_already_closed', 'csrf_failed'],
    handler: ({ params, request }) => reporting.closeRound(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reporting-rounds/:id/repeat',
    summary:
      'Open the round of the next period now: same form at its latest version, same units, deadlines and target year moved on',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: roundSchema,
    successStatus: 201,
    problems: ['not_found', 'forbidden', 'period_not_recurring', 'round_already_repeated', 'csrf_failed'],
    handler: ({ params, request }) => reporting.repeatRound(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds',
    summary: 'Reporting rounds run by, or reported in by, units the caller sees',
    tag: 'reporting',
    access: 'signed_in',
    response: roundListSchema,
    handler: ({ request }) => reporting.listRounds(currentUser(request)),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds/:id',
    summary: 'One reporting round with its deadlines and counts',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: roundSchema,
    problems: ['not_found'],
    handler: ({ params, request }) => reporting.getRound(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reports',
    summary: "Reports of the caller's unit and, for reviewers, of their subtree",
    tag: 'reporting',
    access: 'signed_in',
    query: reportListQuerySchema,
    response: reportListSchema,
    problems: ['not_found'],
    handler: ({ query, request }) => reporting.listReports(currentUser(request), query),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reports/:id',
    summary: 'One report with its fields, values, narrative and what the caller may do',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: reportSchema,
    problems: ['not_found'],
    handler: ({ params, request }) => reporting.getReport(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'PUT',
    url: '/api/reports/:id',
    summary: 'Save values and narrative of a draft, carrying the version read',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    body: updateReportRequestSchema,
    response: reportSchema,
    problems: CONTENT_WRITE_PROBLEMS,
    handler: ({ params, body, request }) => reporting.updateReport(currentUser(request), params.id, body),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reports/:id/submit',
    summary:
      'Submit the report (locked and timestamped; marked late after its deadline), with the changes not saved yet when sent along',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    body: submitReportRequestSchema,
    response: reportSchema,
    problems: CONTENT_WRITE_PROBLEMS,
    handler: ({ params, body, request }) =>
      reporting.submit(currentUser(request), params.id, body ?? undefined),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reports/:id/approve',
    summary:
      'Approve at the next level up the chain; the top level’s approval completes it (also after the round is closed)',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: reportSchema,
    problems: ['not_found', 'forbidden', 'version_conflict', 'report_not_under_review', 'csrf_failed'],
    handler: ({ params, request }) => reporting.approve(currentUser(request), params.id),
  });

  for (const action of ['return', 'unapprove'] as const) {
    addRoute(registrar, {
      method: 'POST',
      url: `/api/reports/:id/${action}`,
      summary:
        action === 'return'
          ? 'Return the report to its unit with a reason (back to draft, history kept); not once the round is closed'
          : 'Withdraw this level’s approval, with a reason',
      tag: 'reporting',
      access: 'signed_in',
      params: idParams,
      body: reasonRequestSchema,
      response: reportSchema,
      problems: [
        'not_found',
        'forbidden',
        'version_conflict',
        'report_not_under_review',
        ...(action === 'return' ? (['round_closed'] as const) : []),
        'csrf_failed',
      ],
      handler: ({ params, body, request }) =>
        action === 'return'
          ? reporting.returnReport(currentUser(request), params.id, body.reason)
          : reporting.unapprove(currentUser(request), params.id, body.reason),
    });
  }

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reports/:id/consolidate',
    summary:
      'Pre-fill the unit’s own draft with the roll-up of its approved subordinate reports and their narratives',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    body: consolidateRequestSchema,
    response: consolidationSchema,
    problems: ['not_found', 'forbidden', 'version_conflict', 'report_locked', 'round_closed', 'csrf_failed'],
    handler: ({ params, body, request }) =>
      reporting.consolidate(currentUser(request), params.id, body.version),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reports/:id/document',
    summary: 'The report as an official BÁO CÁO in the Nghị định 30/2020 layout: DOCX to edit, PDF to print',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    query: documentQuerySchema,
    response: documentFileSchema,
    successStatus: 200,
    problems: ['not_found'],
    handler: async ({ params, query, request, reply }) =>
      sendDocument(reply, await reporting.reportDocument(currentUser(request), params.id), query.format),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/reporting-rounds/:id/export',
    summary:
      'The round’s raw data, one row per reporting unit of the caller’s subtree, as a streamed XLSX or CSV',
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
        await reporting.exportRound(currentUser(request), params.id, query.format),
      );
    },
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/reporting-rounds/:id/reminders',
    summary: 'Remind the units under the caller’s unit that have not submitted yet (once a day per person)',
    tag: 'reporting',
    access: 'signed_in',
    params: idParams,
    response: z.object({ notified: z.number().int() }),
    problems: ['not_found', 'forbidden', 'round_closed', 'csrf_failed'],
    handler: ({ params, request }) => reporting.nudge(currentUser(request), params.id),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/rollups',
    summary: 'Live roll-up of every indicator of a round over a unit’s subtree, against its target',
    tag: 'reporting',
    access: 'signed_in',
    query: rollupQuerySchema,
    response: rollupSchema,
    problems: ['not_found'],
    handler: ({ query, request }) =>
      reporting.rollup(currentUser(request), query.round, query.unit, {
        withPredecessors: query.predecessors === 'true',
      }),
  });
}
