import type { Migration } from 'kysely';
import * as m0001 from './0001_accounts_sessions_audit.js';
import * as m0002 from './0002_org_units.js';
import * as m0003 from './0003_people_roles.js';
import * as m0004 from './0004_plans.js';
import * as m0005 from './0005_jobs_mail.js';
import * as m0006 from './0006_reporting.js';
import * as m0007 from './0007_notifications.js';
import * as m0008 from './0008_report_attachments.js';
import * as m0009 from './0009_round_lifecycle.js';
import * as m0010 from './0010_cascade_indexes.js';
import * as m0011 from './0011_rollup_cells.js';
import * as m0012 from './0012_rollup_cell_deltas.js';
import * as m0013 from './0013_audit_append.js';
import * as m0014 from './0014_plan_cascade_counts.js';
import * as m0015 from './0015_rollup_cell_changes.js';
import * as m0016 from './0016_drop_report_values_field_index.js';
import * as m0017 from './0017_notification_pages.js';
import * as m0018 from './0018_reporting_targets.js';
import * as m0019 from './0019_notification_content.js';
import * as m0020 from './0020_yes_no_targets_of_no.js';
import * as m0021 from './0021_count_fields.js';
import * as m0022 from './0022_keep_pending_cell_pages.js';

/** Every migration in order; the key is the name recorded in the database. */
export const migrations: Record<string, Migration> = {
  '0001_accounts_sessions_audit': m0001,
  '0002_org_units': m0002,
  '0003_people_roles': m0003,
  '0004_plans': m0004,
  '0005_jobs_mail': m0005,
  '0006_reporting': m0006,
  '0007_notifications': m0007,
  '0008_report_attachments': m0008,
  '0009_round_lifecycle': m0009,
  '0010_cascade_indexes': m0010,
  '0011_rollup_cells': m0011,
  '0012_rollup_cell_deltas': m0012,
  '0013_audit_append': m0013,
  '0014_plan_cascade_counts': m0014,
  '0015_rollup_cell_changes': m0015,
  '0016_drop_report_values_field_index': m0016,
  '0017_notification_pages': m0017,
  '0018_reporting_targets': m0018,
  '0019_notification_content': m0019,
  '0020_yes_no_targets_of_no': m0020,
  '0021_count_fields': m0021,
  '0022_keep_pending_cell_pages': m0022,
};
