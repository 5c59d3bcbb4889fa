import type { ReportAttachment } from '../../../../contract/reporting/attachments.js';
import type { AttachmentRow } from './attachment-repository.js';

export const toAttachment = (row: AttachmentRow): ReportAttachment => ({
  id: row.public_id,
  fileName: row.file_name,
  contentType: row.content_type,
  size: Number(row.size),
  uploadedAt: row.uploaded_at,
  uploadedBy:
    row.uploader_public_id && row.uploader_name
      ? { id: row.uploader_public_id, name: row.uploader_name }
      : null,
});
