import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database, ReportAttachmentTable } from '../../../core/db/schema.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The SQL of report attachments: the rows only, the files are in the attachment store. */
export function createAttachmentRepository(db: Kysely<Database>) {
  const attachmentRows = () =>
    db
      .selectFrom('report_attachments as a')
      .leftJoin('accounts as uploader', 'uploader.id', 'a.uploaded_by')
      .select([
        'a.id',
        'a.public_id',
        'a.report_id',
        'a.file_name',
        'a.content_type',
        'a.size',
        'a.sha256',
        'a.uploaded_at',
        'uploader.public_id as uploader_public_id',
        'uploader.display_name as uploader_name',
      ]);

  return {
    attachmentsOf: (reportId: number) =>
      attachmentRows().where('a.report_id', '=', reportId).orderBy('a.id').execute(),

    findAttachment: (reportId: number, publicId: string) =>
      attachmentRows()
        .where('a.report_id', '=', reportId)
        .where('a.public_id', '=', publicId)
        .executeTakeFirst(),

    insertAttachment: (trx: Executor, row: Insertable<ReportAttachmentTable>) =>
      trx.insertInto('report_attachments').values(row).execute(),

    deleteAttachment: (trx: Executor, id: number) =>
      trx.deleteFrom('report_attachments').where('id', '=', id).execute(),

    /** Whether any attachment, of any report, still holds this content. */
    contentInUse: async (sha256: string) =>
      (await db
        .selectFrom('report_attachments')
        .select('id')
        .where('sha256', '=', sha256)
        .limit(1)
        .executeTakeFirst()) !== undefined,
  };
}

export type AttachmentRepository = ReturnType<typeof createAttachmentRepository>;
export type AttachmentRow = Awaited<ReturnType<AttachmentRepository['attachmentsOf']>>[number];
