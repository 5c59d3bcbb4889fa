import type { Kysely } from 'kysely';
import { columnTypes } from '../core/db/column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('report_forms')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('plan_id', 'integer', (c) => c.references('plans.id'))
    .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('accounts.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();

  // A field belongs to one version of its form: changing a form adds a version, never rewrites one.
  await db.schema
    .createTable('report_form_fields')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('form_id', 'integer', (c) => c.notNull().references('report_forms.id'))
    .addColumn('form_version', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('indicator_id', 'integer', (c) => c.references('plan_indicators.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('help', 'text')
    .addColumn('required', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('report_form_fields_version_idx')
    .on('report_form_fields')
    .columns(['form_id', 'form_version', 'position'])
    .execute();

  await db.schema
    .createTable('reporting_rounds')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('form_id', 'integer', (c) => c.notNull().references('report_forms.id'))
    .addColumn('form_version', 'integer', (c) => c.notNull())
    .addColumn('owner_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_kind', 'text', (c) => c.notNull())
    .addColumn('period_start', t.date, (c) => c.notNull())
    .addColumn('period_end', t.date, (c) => c.notNull())
    // The plan year whose targets this round is measured against.
    .addColumn('target_year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('accounts.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('closed_at', t.timestamp)
    .execute();

  // "Schools report to the commune by 01/12, communes to the Sở by 10/12": one deadline per reporting level.
  await db.schema
    .createTable('round_deadlines')
    .addColumn('round_id', 'integer', (c) =>
      c.notNull().references('reporting_rounds.id').onDelete('cascade'),
    )
    .addColumn('unit_kind', 'text', (c) => c.notNull())
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addPrimaryKeyConstraint('round_deadlines_pk', ['round_id', 'unit_kind'])
    .execute();

  // Every expected unit gets its report row when the round opens, so "missing" is a status, not an absence.
  await db.schema
    .createTable('reports')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('round_id', 'integer', (c) => c.notNull().references('reporting_rounds.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addColumn('submitted_at', t.timestamp)
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    // The highest unit up the chain that has approved it; null until the first approval.
    .addColumn('approved_through_unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('return_reason', 'text')
    .addColumn('narrative_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('accounts.id'))
    .addUniqueConstraint('reports_round_unit_unique', ['round_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('reports_unit_idx').on('reports').columns(['unit_id', 'round_id']).execute();
  await db.schema
    .createIndex('reports_round_status_idx')
    .on('reports')
    .columns(['round_id', 'status'])
    .execute();

  // The fact table: one row per report and field.
  await db.schema
    .createTable('report_values')
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('field_id', 'integer', (c) => c.notNull().references('report_form_fields.id'))
    .addColumn('value', 'double precision')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('text_value', 'text')
    .addPrimaryKeyConstraint('report_values_pk', ['report_id', 'field_id'])
    .execute();
  await db.schema
    .createIndex('report_values_field_idx')
    .on('report_values')
    .columns(['field_id', 'report_id'])
    .execute();

  await db.schema
    .createTable('report_events')
    .addColumn('id', 'integer', t.id)
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'integer', (c) => c.references('accounts.id'))
    .addColumn('actor_unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('reason', 'text')
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_events_report_idx')
    .on('report_events')
    .columns(['report_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'report_events',
    'report_values',
    'reports',
    'round_deadlines',
    'reporting_rounds',
    'report_form_fields',
    'report_forms',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
