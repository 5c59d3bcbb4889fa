import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { AutosaveStatus } from '../../components/autosave-status';
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
  const labels = useReportingMessages().save;
  if (state.kind === 'conflict') {
    return (
      <Alert color="orange" variant="light" role="alert">
        <Stack gap="sm">
          <Text fw={700}>{labels.conflictTitle}</Text>
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
  return <AutosaveStatus state={state} labels={labels} onSaveNow={onSaveNow} />;
}
