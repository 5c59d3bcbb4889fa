import { Stack, Text } from '@mantine/core';
import { formatNumber } from '../../i18n/format';
import type { ReportingMessages } from '../../i18n/reporting-vi';
import { type ReportField, roundPercent } from './field-entry';
import { targetText } from './field-target';
import { useReportingMessages } from './use-reporting-messages';

/** A saved value as a reader sees it: "1.500.000 đồng", "812 / 905 = 89,7%", "Có". */
export function shownValue(field: ReportField, labels: ReportingMessages['report']): string {
  const { value } = field;
  if (value === null || value === '') return labels.notAnswered;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return field.type === 'money' ? labels.money(formatNumber(value)) : formatNumber(value);
  return labels.percentShown(
    formatNumber(value.numerator),
    formatNumber(value.denominator),
    formatNumber(roundPercent(field.percent ?? 0)),
  );
}

/** The answers of a report that can no longer be changed, question by question. */
export function ReportFieldsView({ fields }: { fields: readonly ReportField[] }) {
  const labels = useReportingMessages().report;
  return (
    <Stack component="dl" gap="sm" m={0}>
      {fields.map((field) => {
        const target = field.fromPlan ? targetText(field, labels) : null;
        return (
          <div key={field.indicatorId}>
            <Text component="dt" fw={600} size="sm">
              {field.label}
            </Text>
            <Text
              component="dd"
              m={0}
              c={field.value === null ? 'dimmed' : undefined}
              style={{ whiteSpace: 'pre-wrap' }}
            >
              {shownValue(field, labels)}
            </Text>
            {target && (
              <Text component="dd" m={0} size="sm" c="dimmed">
                {labels.planTarget(target)}
              </Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
