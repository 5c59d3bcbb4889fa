import { Alert, Button, Stack, Text } from '@mantine/core';
import { AutosaveStatus } from '../../../components/autosave-status';
import { formatNumber, formatTime } from '../../../i18n/format';
import { usePlanMessages } from '../use-plan-messages';
import type { ErrorVisibility } from './field-feedback';
import type { SaveState } from './use-autosave';

interface SaveStatusProps {
  state: SaveState;
  /** Whether the fields the save was refused for are marked yet. */
  errors: ErrorVisibility;
  /** Whether the draft holds items added but left blank, which saves leave out until written in. */
  blankItems: boolean;
  onSaveNow: () => void;
  /** Replaces the draft with the newer version someone else saved. */
  onReload: () => void;
}

/** Tells whether the draft is saved; after a colleague's newer save, shows theirs and offers to load it. */
export function SaveStatus({ state, errors, blankItems, onSaveNow, onReload }: SaveStatusProps) {
  const plans = usePlanMessages();
  const labels = blankItems ? { ...plans.editor, saved: plans.editor.savedWithoutBlankItems } : plans.editor;
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
  // Refused only over fields not reached yet, or since corrected, the draft reads as unfinished, not as wrong.
  if (state.kind === 'invalid' && errors !== 'shown') {
    const unsaved = errors === 'hidden' ? labels.unfinished : labels.unsaved;
    return (
      <AutosaveStatus state={{ kind: 'unsaved' }} labels={{ ...labels, unsaved }} onSaveNow={onSaveNow} />
    );
  }
  return <AutosaveStatus state={state} labels={labels} onSaveNow={onSaveNow} />;
}
