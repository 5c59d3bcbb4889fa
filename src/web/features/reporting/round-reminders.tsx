import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { apiRequest } from '../../api/api-request';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumber } from '../../i18n/format';
import { useCurrentSession } from '../auth/session';
import { useReportingMessages } from './use-reporting-messages';

/** "Nhắc nhở đơn vị chưa nộp": one e-mail a day at most to each person preparing an unsubmitted report below. */
export function RoundReminders({ roundId }: { roundId: string }) {
  const labels = useReportingMessages().rounds;
  const { csrfToken } = useCurrentSession();
  const [asking, setAsking] = useState(false);
  const remind = useMutation({
    mutationFn: () =>
      apiRequest<{ notified: number }>(`/api/reporting-rounds/${roundId}/reminders`, {
        method: 'POST',
        csrfToken,
      }),
    onSettled: () => setAsking(false),
  });
  return (
    <Stack gap="xs">
      <Button variant="light" w="fit-content" onClick={() => setAsking(true)} loading={remind.isPending}>
        {labels.remind}
      </Button>
      {remind.isSuccess && (
        // Nobody reminded is news, not success: it shows in the neutral colour.
        <Alert color={remind.data.notified === 0 ? 'gray' : 'green'} variant="light" role="status">
          {remind.data.notified === 0
            ? labels.nobodyToRemind
            : labels.reminded(formatNumber(remind.data.notified))}
        </Alert>
      )}
      {remind.isError && <ErrorAlert error={remind.error} />}
      <ConfirmDialog
        opened={asking}
        title={labels.remind}
        confirmLabel={labels.remind}
        loading={remind.isPending}
        onConfirm={() => remind.mutate()}
        onClose={() => setAsking(false)}
      >
        {labels.remindConfirm}
      </ConfirmDialog>
    </Stack>
  );
}
