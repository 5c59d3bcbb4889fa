import type { Generated } from 'kysely';
import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../contract/org.js';
import type { CascadeUnitStatus } from '../../../contract/plans/cascade.js';
import type { IndicatorMeasure } from '../../../contract/plans/content.js';
import type { PlanStatus } from '../../../contract/plans/plan.js';
import type { FieldType, PeriodKind, ReportStatus } from '../../../contract/reporting/fields.js';
import type { Role } from '../../../contract/roles.js';

/** Timestamps travel as ISO-8601 UTC strings on both dialects (see database.ts). */
type Timestamp = string;

export interface AccountTable {
  id: Generated<number>;
  public_id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  password_changed_at: Timestamp;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  unit_id: number | null;
  /** 1 while the password is a temporary one set by an administrator. */
  must_change_password: Generated<number>;
  version: Generated<number>;
}

export interface RoleGrantTable {
  id: Generated<number>;
  public_id: string;
  account_id: number;
  role: Role;
  unit_id: number;
  granted_at: Timestamp;
  granted_by: number | null;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  csrf_token: string;
  account_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
  active_grant_id: number | null;
}

export interface SignInFailureTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_account_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface OrgUnitTable {
  id: Generated<number>;
  public_id: string;
  code: string;
  name: string;
  short_name: string;
  kind: OrgUnitKind;
  school_level: SchoolLevel | null;
  ownership: Ownership | null;
  parent_id: number | null;
  /** Ids from the root down to the unit itself, e.g. '/1/35/812/'; a subtree is one range of this column. */
  path: string;
  depth: number;
  /** Name, short name and code folded for search (see modules/org/search-text.ts). */
  search_text: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  valid_from: string;
  valid_to: string | null;
  province_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrgUnitSuccessorTable {
  predecessor_id: number;
  successor_id: number;
  effective_on: string;
}

export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface JobTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  dedupe_key: string | null;
  status: JobStatus;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: number;
  locked_by: string | null;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Timestamp;
  finished_at: Timestamp | null;
}

export interface MailMessageTable {
  id: Generated<number>;
  public_id: string;
  to_address: string;
  subject: string;
  body_text: string;
  /** 'smtp' when handed to the SMTP server, 'outbox' when kept for the admin page (no SMTP_URL). */
  transport: 'smtp' | 'outbox';
  created_at: Timestamp;
  sent_at: Timestamp | null;
  message_id: string | null;
}

export interface PlanTable {
  id: Generated<number>;
  public_id: string;
  issuer_unit_id: number;
  status: PlanStatus;
  version: Generated<number>;
  type_name: string;
  title: string;
  /** Number and title folded for search (see modules/org/search-text.ts). */
  search_text: string;
  number: number | null;
  symbol: string | null;
  number_year: number | null;
  place: string | null;
  issued_on: string | null;
  period_start_year: number;
  period_end_year: number;
  school_year: number;
  authority_line: string | null;
  parent_plan_id: number | null;
  amends_plan_id: number | null;
  archive_note: string | null;
  signer_json: string;
  sections_json: string;
  responsibilities_json: string;
  funding_json: string;
  reporting_json: string;
  annexes_json: string;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PlanLegalBasisTable {
  plan_id: number;
  position: number;
  text: string;
  linked_plan_id: number | null;
}

export interface PlanRecipientTable {
  plan_id: number;
  position: number;
  unit_id: number | null;
  text: string;
}

export interface PlanObjectiveTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  kind: 'general' | 'specific';
  text: string;
}

export interface PlanIndicatorTable {
  id: Generated<number>;
  plan_id: number;
  objective_id: number | null;
  position: number;
  name: string;
  measure: IndicatorMeasure;
  computation: string | null;
}

export interface PlanIndicatorTargetTable {
  indicator_id: number;
  year: number;
  value: number;
}

export interface ReportingTargetView extends PlanIndicatorTargetTable {
  /** 1 for a yes/no target of Không (no unit answering Có), 0 for a floor. */
  ceiling: number;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  position: number;
  numbering: string | null;
  content: string;
  lead_unit_id: number | null;
  lead_name: string | null;
  cooperating_json: string;
  timing_json: string | null;
  expected_output: string | null;
}

export interface PlanRequirementTable {
  id: Generated<number>;
  plan_id: number;
  unit_id: number;
  due_on: string;
  created_by: number | null;
  created_at: Timestamp;
}

/** Per plan, level (school level, or kind) and status, how many units the plan requires. */
export interface PlanCascadeCountTable {
  plan_id: number;
  level: string;
  status: CascadeUnitStatus;
  units: number;
}

export interface ReportFormTable {
  id: Generated<number>;
  public_id: string;
  plan_id: number | null;
  owner_unit_id: number;
  title: string;
  current_version: number;
  created_by: number | null;
  created_at: Timestamp;
}

export interface ReportFormFieldTable {
  id: Generated<number>;
  public_id: string;
  form_id: number;
  form_version: number;
  position: number;
  indicator_id: number | null;
  type: FieldType;
  label: string;
  help: string | null;
  required: Generated<number>;
}

export interface ReportingRoundTable {
  id: Generated<number>;
  public_id: string;
  form_id: number;
  form_version: number;
  owner_unit_id: number;
  title: string;
  period_kind: PeriodKind;
  period_start: string;
  period_end: string;
  target_year: number;
  status: 'open' | 'closed';
  created_by: number | null;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  /** 1 when the round of the next period opens by itself when that period starts. */
  recurs: number;
  previous_round_id: number | null;
  units_under_id: number | null;
  /** JSON arrays of the unit kinds and school levels the reporting units were selected by. */
  unit_kinds_json: string | null;
  school_levels_json: string | null;
}

export interface RoundDeadlineTable {
  round_id: number;
  unit_kind: OrgUnitKind;
  due_on: string;
}

export interface ReportTable {
  id: Generated<number>;
  public_id: string;
  round_id: number;
  unit_id: number;
  status: ReportStatus;
  version: Generated<number>;
  due_on: string;
  submitted_at: Timestamp | null;
  /** 1 when submitted after the end of its due day in Vietnam. */
  late: Generated<number>;
  approved_through_unit_id: number | null;
  return_reason: string | null;
  narrative_json: string;
  updated_at: Timestamp;
  updated_by: number | null;
}

export interface ReportValueTable {
  report_id: number;
  field_id: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  text_value: string | null;
}

/** Per round, unit and field: the roll-up of the first-hand reports below the unit (migration 0011). */
export interface RollupCellTable {
  round_id: number;
  unit_id: number;
  field_id: number;
  expected: number;
  reported: number;
  on_time: number;
  value_sum: number;
  numerator_sum: number;
  denominator_sum: number;
  answered: number;
  meeting_target: number;
}

/**
 * A change to the roll-up cells of `unit_id` (a reporting unit's parent) and of every unit above it,
 * not yet folded into them (migration 0015); never changes `expected`.
 */
export interface RollupCellChangeTable extends Omit<RollupCellTable, 'expected'> {
  id: Generated<number>;
  unit_path: string;
}

export interface ReportEventTable {
  id: Generated<number>;
  report_id: number;
  action: 'submitted' | 'returned' | 'approved' | 'unapproved';
  actor_account_id: number | null;
  actor_unit_id: number | null;
  reason: string | null;
  at: Timestamp;
}

export interface ReportAttachmentTable {
  id: Generated<number>;
  public_id: string;
  report_id: number;
  file_name: string;
  content_type: string;
  /** Bytes. */
  size: number;
  /** Hex SHA-256 of the content: the key of the file in the attachment store. */
  sha256: string;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<number>;
  public_id: string;
  account_id: number;
  kind: string;
  title: string;
  body: string;
  /** `NotificationContent` as JSON (migration 0019); null for those sent before it. */
  content_json: string | null;
  link: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface NotificationPreferenceTable {
  account_id: number;
  email_reminders: number;
  email_updates: number;
}

export interface Database {
  accounts: AccountTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  mail_messages: MailMessageTable;
  report_forms: ReportFormTable;
  report_form_fields: ReportFormFieldTable;
  reporting_rounds: ReportingRoundTable;
  round_deadlines: RoundDeadlineTable;
  reports: ReportTable;
  report_values: ReportValueTable;
  report_events: ReportEventTable;
  rollup_cells: RollupCellTable;
  rollup_cell_changes: RollupCellChangeTable;
  report_attachments: ReportAttachmentTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
  org_units: OrgUnitTable;
  org_unit_successors: OrgUnitSuccessorTable;
  plans: PlanTable;
  plan_legal_bases: PlanLegalBasisTable;
  plan_recipients: PlanRecipientTable;
  plan_objectives: PlanObjectiveTable;
  plan_indicators: PlanIndicatorTable;
  plan_indicator_targets: PlanIndicatorTargetTable;
  /** View: targets in the unit reporting measures them by, and whether each is a ceiling (migrations 0018, 0020). */
  reporting_targets: ReportingTargetView;
  plan_tasks: PlanTaskTable;
  plan_requirements: PlanRequirementTable;
  plan_cascade_counts: PlanCascadeCountTable;
}
