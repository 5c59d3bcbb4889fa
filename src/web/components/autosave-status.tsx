import { Button, Group, Text } from '@mantine/core';
import { errorMessage } from '../api/error-message';
import { formatTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

/** Where an automatically saved draft stands, short of a conflict with someone else's save. */
export type AutosaveProgress =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'invalid' }
  | { kind: 'failed'; error: unknown };

export interface AutosaveLabels {
  autosaveOn: string;
  saved: (time: string) => string;
  unsaved: string;
  saving: string;
  invalid: string;
  saveFailed: string;
  saveNow: string;
}

interface AutosaveStatusProps {
  state: AutosaveProgress;
  labels: AutosaveLabels;
  onSaveNow: () => void;
}

/** "Đã lưu lúc …", "Đang lưu…" or what went wrong, announced to screen readers, with "Lưu ngay" when useful. */
export function AutosaveStatus({ state, labels, onSaveNow }: AutosaveStatusProps) {
  const { t } = useI18n();
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
