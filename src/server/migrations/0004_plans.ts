import { type Kysely, sql } from 'kysely';
import { indicatorMeasures } from '../../contract/plans/content.js';
import { planStatuses } from '../../contract/plans/plan.js';
import { columnTypes } from '../core/db/column-types.js';

const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((value) => `'${value}'`).join(', ')})`);

/**
 * Plans keep in tables what is queried or joined (the plan, its objectives, indicators, targets, tasks,
 * recipients, legal-basis links and cascade requirements) and, as zod-checked JSON text, the ordered
 * narrative blocks that are only ever read whole.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);
  const byteOrderedText = t.dialect === 'postgres' ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('plans')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', byteOrderedText, (c) => c.notNull().unique())
    .addColumn('issuer_unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('type_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('number', 'integer')
    .addColumn('symbol', 'text')
    // The year a number belongs to (numbers restart every year); set once the plan has a date.
    .addColumn('number_year', 'integer')
    .addColumn('place', 'text')
    .addColumn('issued_on', t.date)
    .addColumn('period_start_year', 'integer', (c) => c.notNull())
    .addColumn('period_end_year', 'integer', (c) => c.notNull())
    .addColumn('school_year', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('authority_line', 'text')
    .addColumn('parent_plan_id', 'integer', (c) => c.references('plans.id'))
    .addColumn('amends_plan_id', 'integer', (c) => c.references('plans.id'))
    .addColumn('archive_note', 'text')
    .addColumn('signer_json', 'text', (c) => c.notNull())
    .addColumn('sections_json', 'text', (c) => c.notNull())
    .addColumn('responsibilities_json', 'text', (c) => c.notNull())
    .addColumn('funding_json', 'text', (c) => c.notNull())
    .addColumn('reporting_json', 'text', (c) => c.notNull())
    .addColumn('annexes_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('accounts.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addCheckConstraint('plans_status_check', oneOf('status', planStatuses))
    .addCheckConstraint('plans_period_check', sql`period_end_year >= period_start_year`)
    .execute();
  await db.schema
    .createIndex('plans_number_unique')
    .on('plans')
    .columns(['issuer_unit_id', 'number_year', 'number'])
    .unique()
    .execute();
  // Cascade status joins a requirement (plan, unit) to the unit's implementing plan of that plan.
  // An amendment carries the same parent link but is not a second implementing plan, hence the filter.
  await db.schema
    .createIndex('plans_implementing_unique')
    .on('plans')
    .columns(['parent_plan_id', 'issuer_unit_id'])
    .where(sql.ref('amends_plan_id'), 'is', null)
    .unique()
    .execute();
  await db.schema.createIndex('plans_amends_idx').on('plans').column('amends_plan_id').execute();

  await db.schema
    .createTable('plan_legal_bases')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('linked_plan_id', 'integer', (c) => c.references('plans.id'))
    .addPrimaryKeyConstraint('plan_legal_bases_pk', ['plan_id', 'position'])
    .execute();

  await db.schema
    .createTable('plan_recipients')
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_recipients_pk', ['plan_id', 'position'])
    .execute();
  await db.schema.createIndex('plan_recipients_unit_idx').on('plan_recipients').column('unit_id').execute();

  await db.schema
    .createTable('plan_objectives')
    .addColumn('id', 'integer', t.id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_objectives_position_unique', ['plan_id', 'position'])
    .addCheckConstraint('plan_objectives_kind_check', oneOf('kind', ['general', 'specific']))
    .execute();

  await db.schema
    .createTable('plan_indicators')
    .addColumn('id', 'integer', t.id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('objective_id', 'integer', (c) => c.references('plan_objectives.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('computation', 'text')
    .addUniqueConstraint('plan_indicators_position_unique', ['plan_id', 'position'])
    .addCheckConstraint('plan_indicators_measure_check', oneOf('measure', indicatorMeasures))
    .execute();

  await db.schema
    .createTable('plan_indicator_targets')
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('plan_indicators.id').onDelete('cascade'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_indicator_targets_pk', ['indicator_id', 'year'])
    .execute();

  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'integer', t.id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('numbering', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('lead_unit_id', 'integer', (c) => c.references('org_units.id'))
    .addColumn('lead_name', 'text')
    .addColumn('cooperating_json', 'text', (c) => c.notNull())
    .addColumn('timing_json', 'text')
    .addColumn('expected_output', 'text')
    .addUniqueConstraint('plan_tasks_position_unique', ['plan_id', 'position'])
    .addCheckConstraint('plan_tasks_lead_check', sql`lead_unit_id is not null or lead_name is not null`)
    .execute();
  await db.schema.createIndex('plan_tasks_lead_idx').on('plan_tasks').column('lead_unit_id').execute();

  await db.schema
    .createTable('plan_requirements')
    .addColumn('id', 'integer', t.id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('org_units.id'))
    .addColumn('due_on', t.date, (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('accounts.id'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addUniqueConstraint('plan_requirements_unique', ['plan_id', 'unit_id'])
    .execute();
  // "Plans my unit must issue" reads requirements by unit.
  await db.schema
    .createIndex('plan_requirements_unit_idx')
    .on('plan_requirements')
    .column('unit_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'plan_requirements',
    'plan_tasks',
    'plan_indicator_targets',
    'plan_indicators',
    'plan_objectives',
    'plan_recipients',
    'plan_legal_bases',
    'plans',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
