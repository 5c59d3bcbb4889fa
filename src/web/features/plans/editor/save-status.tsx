import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { errorMessage } from '../../../api/error-message';
import { formatNumber, formatTime } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-provider';
import { usePlanMessages } from '../use-plan-messages';
import type { SaveState } from './use-autosave';

interface SaveStatusProps {
  state: SaveState;
  onSaveNow: () => void;
  /** Replaces the draft with the newer version someone else saved. */
  onReload: () => void;
}

/** Tells whether the draft is saved; after a colleague's newer save, shows theirs and offers to load it. */
export function SaveStatus({ state, onSaveNow, onReload }: SaveStatusProps) {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const labels = plans.editor;
  if (state.kind === 'conflict') {
    const { current } = state;
    return (
      <Alert color="orange" variant="light" role="alert">
        <Stack gap="xs">
          <Text fw={700}>{labels.conflictTitle}</Text>
          <Text size="sm">
            {labels.conflictBody(formatNumber(current.version), formatTime(new Date(current.updatedAt)))}
          </Text>
          <Text size="sm" fw={600}>
            {labels.conflictTheirTitle(current.title)}
          </Text>
          <Button w="fit-content" onClick={onReload}>
            {labels.reload}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const message = {
    saved: state.kind === 'saved' && state.at ? labels.saved(formatTime(state.at)) : labels.autosaveOn,
    unsaved: labels.unsaved,
    saving: labels.saving,
    invalid: labels.invalid,
    failed: state.kind === 'failed' ? `${labels.saveFailed} ${errorMessage(state.error, t)}` : '',
  }[state.kind];
  const problem = state.kind === 'invalid' || state.kind === 'failed';
  return (
    <Group gap="sm" justify="space-between" wrap="wrap">
      <Text role="status" size="sm" c={problem ? 'red.8' : undefined} fw={problem ? 600 : undefined}>
        {message}
      </Text>
      {state.kind !== 'saved' && state.kind !== 'saving' && (
        <Button variant="default" size="compact-md" onClick={onSaveNow}>
          {labels.saveNow}
        </Button>
      )}
    </Group>
  );
}
