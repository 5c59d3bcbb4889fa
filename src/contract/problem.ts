import { z } from 'zod';

/** Stable machine-readable error codes with their HTTP status; the SPA maps each code to a Vietnamese message. */
export const problemStatuses = {
  malformed_json: 400,
  validation_failed: 400,
  invalid_encoding: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  csrf_failed: 403,
  password_change_required: 403,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  version_conflict: 409,
  report_not_under_review: 409,
  report_locked: 409,
  round_closed: 409,
  round_already_closed: 409,
  round_already_repeated: 409,
  username_taken: 409,
  plan_number_taken: 409,
  plan_not_editable: 409,
  plan_status_conflict: 409,
  implementing_plan_exists: 409,
  plan_period_invalid: 422,
  target_year_outside_period: 422,
  target_percent_above_100: 422,
  target_not_whole_dong: 422,
  target_not_yes_no: 422,
  task_lead_required: 422,
  linked_plan_not_found: 422,
  cascade_due_in_past: 422,
  cascade_no_units: 422,
  import_not_a_spreadsheet: 422,
  import_columns_invalid: 422,
  import_too_many_rows: 422,
  import_rejected: 422,
  import_not_a_document: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  attachment_too_large: 413,
  attachment_type_not_allowed: 415,
  weak_password: 422,
  invalid_report_values: 422,
  deadline_missing: 422,
  deadline_before_period: 422,
  deadline_before_lower_level: 422,
  form_without_fields: 422,
  plan_not_issued: 422,
  units_outside_plan_issuer: 422,
  invalid_period: 422,
  period_not_recurring: 422,
  unknown_form_field: 422,
  unit_not_found: 422,
  unit_closed: 422,
  wrong_password: 422,
  too_many_attempts: 429,
  internal_error: 500,
  database_unavailable: 503,
} as const;

export type ProblemCode = keyof typeof problemStatuses;
export const problemCodes = Object.keys(problemStatuses) as [ProblemCode, ...ProblemCode[]];

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.enum(problemCodes),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export type Problem = z.infer<typeof problemSchema>;
