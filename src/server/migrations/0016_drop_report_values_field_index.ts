import type { Kysely } from 'kysely';

/**
 * Every read of report values reaches them through the report, which the primary key (report, then
 * field) serves; no form field is ever deleted, so no foreign-key check needs the index by field
 * either. It cost every save and submission 40 index entries scattered over as many pages: on SQLite,
 * about a quarter of a submission's CPU.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('report_values_field_idx').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('report_values_field_idx')
    .on('report_values')
    .columns(['field_id', 'report_id'])
    .execute();
}
