import { Alert, Anchor, Button, FileInput, Group, List, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReportAttachment } from '../../../contract/reporting/attachments';
import type { Report } from '../../../contract/reporting/reports';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { formatDate } from '../../i18n/format';
import { useCurrentSession } from '../auth/session';
import { uploadFile } from '../imports/upload-file';
import { fileSize } from './file-size';
import { useReportToolsMessages } from './use-report-tools-messages';

interface ReportEvidenceProps {
  report: Report;
  /** Reads the report again, whose attachments changed. */
  onChanged: () => Promise<unknown>;
}

const ACCEPTED =
  '.pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,application/pdf,image/png,image/jpeg,image/webp';

/** The files attached to a report as evidence: each to download and, while it is editable, to add or remove. */
export function ReportEvidence({ report, onChanged }: ReportEvidenceProps) {
  const labels = useReportToolsMessages().evidence;
  const { csrfToken } = useCurrentSession();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [removing, setRemoving] = useState<ReportAttachment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const editable = report.abilities.edit;
  const base = `/api/reports/${report.id}/attachments`;

  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      setProgress(0);
      const { body } = await uploadFile(apiPath(base, { fileName: chosen.name }), chosen, {
        csrfToken,
        onProgress: setProgress,
      });
      const added = JSON.parse(await body.text()) as ReportAttachment;
      await onChanged();
      return added;
    },
    onMutate: () => setDone(null),
    onSuccess: (added) => {
      setFile(null);
      setDone(labels.uploaded(added.fileName));
    },
  });
  const remove = useMutation({
    mutationFn: async (attachment: ReportAttachment) => {
      await apiRequest(`${base}/${attachment.id}`, { method: 'DELETE', csrfToken });
      await onChanged();
    },
    onMutate: () => setDone(null),
    onSuccess: (_, attachment) => {
      setRemoving(null);
      setDone(labels.removed(attachment.fileName));
    },
  });

  if (!editable && report.attachments.length === 0) return null;
  return (
    <Section title={labels.title}>
      <Text size="sm">{labels.intro}</Text>
      {report.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {labels.none}
        </Text>
      ) : (
        <List listStyleType="none" spacing="sm" aria-label={labels.listLabel} m={0} p={0}>
          {report.attachments.map((attachment) => (
            <List.Item key={attachment.id}>
              <Group gap="sm" justify="space-between" wrap="wrap">
                <Stack gap={0} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                  <Anchor href={`${base}/${attachment.id}`} download style={{ overflowWrap: 'anywhere' }}>
                    {attachment.fileName}
                  </Anchor>
                  <Text size="sm">
                    {fileSize(attachment.size, labels.size)} ·{' '}
                    {attachment.uploadedBy
                      ? labels.uploadedBy(
                          attachment.uploadedBy.name,
                          formatDate(new Date(attachment.uploadedAt)),
                        )
                      : labels.uploadedOn(formatDate(new Date(attachment.uploadedAt)))}
                  </Text>
                </Stack>
                {editable && (
                  <Button
                    variant="outline"
                    color="red.9"
                    size="compact-sm"
                    onClick={() => setRemoving(attachment)}
                    aria-label={labels.remove(attachment.fileName)}
                  >
                    {labels.removeAction}
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {done && (
        <Alert color="green" variant="light" role="status">
          {done}
        </Alert>
      )}
      {remove.isError && <ErrorAlert error={remove.error} />}
      {editable && (
        <Stack gap="sm">
          <FileInput
            label={labels.chooseFile}
            description={labels.fileHint}
            placeholder={labels.noFile}
            accept={ACCEPTED}
            value={file}
            onChange={(chosen) => {
              setFile(chosen);
              upload.reset();
            }}
            disabled={upload.isPending}
            clearable
            clearButtonProps={{ 'aria-label': labels.clearFile }}
          />
          <Group>
            <Button onClick={() => file && upload.mutate(file)} disabled={!file} loading={upload.isPending}>
              {labels.upload}
            </Button>
          </Group>
          {upload.isPending && file && (
            <Stack gap={4} role="status">
              <Text size="sm">{labels.uploading(file.name)}</Text>
              <Progress
                value={progress * 100}
                animated={progress >= 1}
                aria-label={labels.uploading(file.name)}
              />
            </Stack>
          )}
          {upload.isError && <ErrorAlert error={upload.error} />}
        </Stack>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={labels.removeTitle}
        confirmLabel={labels.removeAction}
        danger
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing)}
        onClose={() => setRemoving(null)}
      >
        {removing ? labels.removeConfirm(removing.fileName) : ''}
      </ConfirmDialog>
    </Section>
  );
}
