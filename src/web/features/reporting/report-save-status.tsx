import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../api/error-message';
import { formatTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import type { ReportSaveState } from './use-report-autosave';
import { useReportingMessages } from './use-reporting-messages';

interface ReportSaveStatusProps {
  state: ReportSaveState;
  onSaveNow: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Whether what was typed is saved; after a colleague's newer save, the choice of whose content to keep. */
export function ReportSaveStatus({ state, onSaveNow, onKeepMine, onTakeTheirs }: ReportSaveStatusProps) {
  const { t } = useI18n();
  const labels = useReportingMessages().save;
  if (state.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" role="alert" title={labels.conflictTitle}>
        <Stack gap="sm">
          <Text size="sm">{labels.conflictBody}</Text>
          <Group gap="sm">
            <Button onClick={onKeepMine}>{labels.keepMine}</Button>
            <Button variant="default" onClick={onTakeTheirs}>
              {labels.takeTheirs}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  const message = {
    saved: state.kind === 'saved' && state.at ? labels.saved(formatTime(state.at)) : labels.autosaveOn,
    unsaved: labels.unsaved,
    saving: labels.saving,
    invalid: labels.invalid,
    failed: state.kind === 'failed' ? `${labels.failed} ${errorMessage(state.error, t)}` : '',
  }[state.kind];
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  return (
    <Group gap="sm" justify="space-between" wrap="wrap">
      <Text role="status" size="sm" c={problem ? 'red.8' : undefined} fw={problem ? 600 : undefined}>
        {message}
      </Text>
      {(state.kind === 'unsaved' || state.kind === 'failed') && (
        <Button variant="default" size="compact-md" onClick={onSaveNow}>
          {labels.saveNow}
        </Button>
      )}
    </Group>
  );
}
