import type { Kysely } from 'kysely';
import { columnTypes } from '../core/db/column-types.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const t = columnTypes(db);

  // The file itself lives in the attachment store under its SHA-256; the row says whose evidence it is.
  await db.schema
    .createTable('report_attachments')
    .addColumn('id', 'integer', t.id)
    .addColumn('public_id', 'text', (c) => c.notNull().unique())
    .addColumn('report_id', 'integer', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('accounts.id'))
    .addColumn('uploaded_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_attachments_report_idx')
    .on('report_attachments')
    .columns(['report_id', 'id'])
    .execute();
  await db.schema
    .createIndex('report_attachments_sha256_idx')
    .on('report_attachments')
    .column('sha256')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('report_attachments').execute();
}
