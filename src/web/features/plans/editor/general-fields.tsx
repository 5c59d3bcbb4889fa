import { Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { YearInput } from './year-input';

export function GeneralFields({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
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
        <YearInput
          label={labels.periodStart}
          value={draft.periodStartYear}
          onChange={(periodStartYear) => change({ periodStartYear })}
          {...fields.of('periodStartYear')}
        />
        <YearInput
          label={labels.periodEnd}
          value={draft.periodEndYear}
          onChange={(periodEndYear) => change({ periodEndYear })}
          {...fields.of('periodEndYear')}
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
