import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { TaskTiming } from '../../../../contract/plans/content';
import { usePlanMessages } from '../use-plan-messages';

type TimingKind = TaskTiming['kind'] | 'none';

const emptyTiming = (kind: TimingKind): TaskTiming | null => {
  switch (kind) {
    case 'none':
      return null;
    case 'dates':
      return { kind, startOn: null, endOn: null };
    case 'phrase':
      return { kind, text: '' };
    default:
      return { kind };
  }
};

/** "Hằng năm", "Thường xuyên", a date range, or the timing in the document's own words. */
export function TimingInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: TaskTiming | null;
  onChange: (timing: TaskTiming | null) => void;
}) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const kinds: TimingKind[] = ['none', 'yearly', 'ongoing', 'dates', 'phrase'];
  return (
    <Stack gap="xs">
      <Select
        label={label}
        data={kinds.map((kind) => ({ value: kind, label: labels.timingKinds[kind] }))}
        value={value?.kind ?? 'none'}
        onChange={(kind) => onChange(emptyTiming((kind ?? 'none') as TimingKind))}
        allowDeselect={false}
      />
      {value?.kind === 'dates' && (
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            type="date"
            label={labels.timingStart}
            value={value.startOn ?? ''}
            onChange={(event) => onChange({ ...value, startOn: event.currentTarget.value || null })}
          />
          <TextInput
            type="date"
            label={labels.timingEnd}
            value={value.endOn ?? ''}
            onChange={(event) => onChange({ ...value, endOn: event.currentTarget.value || null })}
          />
        </SimpleGrid>
      )}
      {value?.kind === 'phrase' && (
        <TextInput
          label={labels.timingPhrase}
          value={value.text}
          onChange={(event) => onChange({ ...value, text: event.currentTarget.value })}
        />
      )}
    </Stack>
  );
}
