import { Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { formatNumber } from '../../i18n/format';
import type { FieldProblem } from '../../i18n/reporting-vi';
import { type FieldEntry, formatMoneyTyping, parseDecimal, percentOf, type ReportField } from './field-entry';
import { targetText } from './field-target';
import { useReportingMessages } from './use-reporting-messages';

interface ReportFieldInputProps {
  field: ReportField;
  entry: FieldEntry;
  problem: FieldProblem | undefined;
  onChange: (entry: FieldEntry) => void;
}

const countOrNull = (text: string): number | null => {
  const parsed = parseDecimal(text);
  return typeof parsed === 'number' ? parsed : null;
};

/** One question of the form, entered the way its type is asked. */
export function ReportFieldInput({ field, entry, problem, onChange }: ReportFieldInputProps) {
  const reporting = useReportingMessages();
  const labels = reporting.report;
  const percentId = useId();
  const error = problem ? reporting.fieldProblems[problem] : undefined;
  const target = targetText(field, labels);
  const description = !field.fromPlan
    ? labels.extraQuestion
    : target
      ? labels.planTarget(target)
      : labels.fromPlan;

  switch (entry.type) {
    case 'yes_no':
      return (
        <Radio.Group
          label={field.label}
          description={description}
          value={entry.answer === null ? '' : String(entry.answer)}
          onChange={(value) => onChange({ type: 'yes_no', answer: value === 'true' })}
          error={error}
        >
          <Group gap="lg" mt="xs">
            <Radio value="true" label={labels.yes} />
            <Radio value="false" label={labels.no} />
          </Group>
        </Radio.Group>
      );
    case 'text':
      return (
        <Textarea
          label={field.label}
          description={description}
          value={entry.text}
          onChange={(event) => onChange({ type: 'text', text: event.currentTarget.value })}
          autosize
          minRows={2}
          error={error}
        />
      );
    case 'count':
    case 'number':
      return (
        <TextInput
          label={field.label}
          description={`${description}. ${entry.type === 'count' ? labels.countHint : labels.numberHint}`}
          inputMode={entry.type === 'count' ? 'numeric' : 'decimal'}
          value={entry.text}
          onChange={(event) => onChange({ type: entry.type, text: event.currentTarget.value })}
          error={error}
          maw={320}
        />
      );
    case 'money':
      return (
        <TextInput
          label={field.label}
          description={description}
          inputMode="numeric"
          value={entry.text}
          onChange={(event) =>
            onChange({ type: 'money', text: formatMoneyTyping(event.currentTarget.value) })
          }
          rightSection={<Text size="sm">{labels.moneySuffix}</Text>}
          rightSectionWidth={56}
          error={error}
          maw={320}
        />
      );
    case 'percent': {
      const percent = percentOf(countOrNull(entry.numerator), countOrNull(entry.denominator));
      // What is wrong replaces the rate (50 of 40 is no "125%"), in the one line read out as it changes.
      return (
        <Stack component="fieldset" gap={6} m={0} p={0} style={{ border: 0, minWidth: 0 }}>
          <Text component="legend" fw={700} size="sm" p={0}>
            {field.label}
          </Text>
          <Text size="xs" c="dimmed">
            {description}
          </Text>
          <Group gap="sm" align="flex-start" wrap="nowrap">
            <TextInput
              label={labels.numerator}
              inputMode="numeric"
              value={entry.numerator}
              onChange={(event) => onChange({ ...entry, numerator: event.currentTarget.value })}
              error={Boolean(error)}
              aria-describedby={percentId}
              flex={1}
              maw={160}
            />
            <TextInput
              label={labels.denominator}
              inputMode="numeric"
              value={entry.denominator}
              onChange={(event) => onChange({ ...entry, denominator: event.currentTarget.value })}
              error={Boolean(error)}
              aria-describedby={percentId}
              flex={1}
              maw={160}
            />
          </Group>
          <Text
            id={percentId}
            size="sm"
            fw={error ? undefined : 600}
            c={error ? 'red.8' : undefined}
            aria-live="polite"
          >
            {error ?? (percent === null ? labels.percentPending : labels.percentOf(formatNumber(percent)))}
          </Text>
        </Stack>
      );
    }
  }
}
