import { Checkbox, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';

export function GeneralFields({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const year = (value: string | number) =>
    typeof value === 'number' ? value : Number.parseInt(value, 10) || 0;
  return (
    <Stack gap="sm">
      <Textarea
        label={labels.title}
        description={labels.titleHint}
        value={draft.title}
        onChange={(event) => change({ title: event.currentTarget.value })}
        {...fields.of('title')}
        autosize
        minRows={2}
        required
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <NumberInput
          label={labels.periodStart}
          value={draft.periodStartYear}
          onChange={(value) => change({ periodStartYear: year(value) })}
          {...fields.of('periodStartYear')}
          min={1945}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
        />
        <NumberInput
          label={labels.periodEnd}
          value={draft.periodEndYear}
          onChange={(value) => change({ periodEndYear: year(value) })}
          {...fields.of('periodEndYear')}
          min={1945}
          max={2100}
          allowDecimal={false}
          thousandSeparator=""
        />
      </SimpleGrid>
      <Checkbox
        label={labels.schoolYear}
        checked={draft.schoolYear}
        onChange={(event) => change({ schoolYear: event.currentTarget.checked })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={labels.place}
          description={labels.placeHint}
          value={draft.place ?? ''}
          onChange={(event) => change({ place: event.currentTarget.value || null })}
          {...fields.of('place')}
        />
        <TextInput
          label={labels.authorityLine}
          description={labels.authorityLineHint}
          value={draft.authorityLine ?? ''}
          onChange={(event) => change({ authorityLine: event.currentTarget.value || null })}
          {...fields.of('authorityLine')}
        />
      </SimpleGrid>
    </Stack>
  );
}
