import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { AppDialog } from '../../components/app-dialog';
import { useI18n } from '../../i18n/i18n-provider';
import { useReportingMessages } from './use-reporting-messages';

const MIN_REASON = 3;

interface ReasonDialogProps {
  opened: boolean;
  title: string;
  confirmLabel: string;
  loading: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Asks why a report goes back (returned, or its approval withdrawn); the unit reads this reason. */
export function ReasonDialog({
  opened,
  title,
  confirmLabel,
  loading,
  onConfirm,
  onClose,
}: ReasonDialogProps) {
  const { t } = useI18n();
  const labels = useReportingMessages().actions;
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const tooShort = reason.trim().length < MIN_REASON;
  return (
    <AppDialog opened={opened} onClose={onClose} title={title}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!tooShort) onConfirm(reason.trim());
        }}
      >
        <Stack gap="md">
          <Textarea
            label={labels.reason}
            description={labels.reasonHint}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried && tooShort ? labels.reasonTooShort : undefined}
            required
            autosize
            minRows={3}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t.app.cancel}
            </Button>
            <Button type="submit" color="red.9" loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppDialog>
  );
}
