import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { ReportAttachment } from '../../../../contract/reporting/attachments.js';
import type { AuditWriter } from '../../../core/audit/audit.js';
import type { SignedInUser } from '../../../core/auth/signed-in-user.js';
import type { Clock } from '../../../core/clock.js';
import type { Database } from '../../../core/db/schema.js';
import { HttpProblem, notFound } from '../../../core/http/problem.js';
import { spoolUpload, UploadTooLarge } from '../../../core/http/spool-upload.js';
import { newPublicId } from '../../../core/ids.js';
import type { AttachmentStore } from '../../../core/storage/attachment-store.js';
import type { ReportingService } from '../service.js';
import type { AttachmentRepository } from './attachment-repository.js';
import { attachmentContentTypes, detectAttachmentKind } from './attachment-type.js';
import { toAttachment } from './attachment-view.js';

const tooLarge = (limitBytes: number) =>
  new HttpProblem(
    'attachment_too_large',
    `An attachment may be at most ${Math.floor(limitBytes / (1024 * 1024))} MB.`,
    // The rest of the body is not read: close the connection rather than wait for it.
    { headers: { connection: 'close' } },
  );

const typeNotAllowed = () =>
  new HttpProblem(
    'attachment_type_not_allowed',
    'Only PDF, images (PNG, JPEG, WebP) and office documents (DOCX, XLSX, PPTX, ODT, ODS, ODP) are accepted; the file’s content is none of these.',
  );

/**
 * Evidence attached to a report. An upload is spooled to a temporary file within the size limit,
 * recognised by its bytes, then stored under its SHA-256; only then does the attachment row appear,
 * so a refused upload leaves the report as it was.
 */
export function createAttachmentService(deps: {
  db: Kysely<Database>;
  repository: AttachmentRepository;
  reporting: ReportingService;
  store: AttachmentStore;
  audit: AuditWriter;
  clock: Clock;
  maxBytes: number;
}) {
  const { db, repository, reporting, store, audit, clock, maxBytes } = deps;

  return {
    async upload(
      user: SignedInUser,
      reportPublicId: string,
      fileName: string,
      body: Readable,
      declaredLength: number | undefined,
    ): Promise<ReportAttachment> {
      const report = await reporting.editableReport(user, reportPublicId);
      if (declaredLength !== undefined && declaredLength > maxBytes) throw tooLarge(maxBytes);
      const upload = await spoolUpload(body, maxBytes).catch((error: unknown) => {
        throw error instanceof UploadTooLarge ? tooLarge(maxBytes) : error;
      });
      try {
        const kind = upload.size === 0 ? null : await detectAttachmentKind(upload.path, upload.size);
        if (!kind) throw typeNotAllowed();
        await store.put(upload.sha256, createReadStream(upload.path), upload.size);
        const publicId = newPublicId();
        const row = {
          public_id: publicId,
          report_id: report.id,
          file_name: fileName.normalize('NFC'),
          content_type: attachmentContentTypes[kind],
          size: upload.size,
          sha256: upload.sha256,
          uploaded_by: user.accountId,
          uploaded_at: clock.now().toISOString(),
        };
        await db.transaction().execute(async (trx) => {
          await repository.insertAttachment(trx, row);
          await audit(trx, {
            actorAccountId: user.accountId,
            action: 'report.attachment_added',
            entityType: 'report',
            entityId: report.public_id,
            after: {
              attachment: publicId,
              fileName: row.file_name,
              contentType: row.content_type,
              size: row.size,
              sha256: row.sha256,
            },
          });
        });
        const stored = await repository.findAttachment(report.id, publicId);
        if (!stored) throw notFound();
        return toAttachment(stored);
      } finally {
        await upload.discard();
      }
    },

    /** The attachment's description and its content, for anyone who may read the report. */
    async download(user: SignedInUser, reportPublicId: string, attachmentPublicId: string) {
      const report = await reporting.readableReport(user, reportPublicId);
      const row = await repository.findAttachment(report.id, attachmentPublicId);
      if (!row) throw notFound('There is no such attachment on this report.');
      return { attachment: toAttachment(row), content: await store.get(row.sha256) };
    },

    async remove(user: SignedInUser, reportPublicId: string, attachmentPublicId: string): Promise<void> {
      const report = await reporting.editableReport(user, reportPublicId);
      const row = await repository.findAttachment(report.id, attachmentPublicId);
      if (!row) throw notFound('There is no such attachment on this report.');
      await db.transaction().execute(async (trx) => {
        await repository.deleteAttachment(trx, row.id);
        await audit(trx, {
          actorAccountId: user.accountId,
          action: 'report.attachment_removed',
          entityType: 'report',
          entityId: report.public_id,
          before: { attachment: row.public_id, fileName: row.file_name, sha256: row.sha256 },
        });
      });
      // Identical files share one stored copy; it goes when its last attachment does.
      if (!(await repository.contentInUse(row.sha256))) await store.delete(row.sha256);
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
