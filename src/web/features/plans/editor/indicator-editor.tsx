import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  type IndicatorInput,
  type IndicatorMeasure,
  indicatorMeasures,
} from '../../../../contract/plans/content';
import { usePlanMessages } from '../use-plan-messages';
import type { FieldFeedback } from './field-feedback';
import { removeAt, replaceAt } from './list-edit';

interface IndicatorEditorProps {
  label: string;
  indicator: IndicatorInput;
  years: number[];
  /** Where the indicator sits in the plan, e.g. "objectives.0.indicators.1", to find its errors. */
  path: string;
  fields: FieldFeedback;
  onChange: (indicator: IndicatorInput) => void;
  /** Actions on the indicator, shown at its end. */
  children?: ReactNode;
}

const percent = (measure: IndicatorMeasure) =>
  measure === 'percent_of_units' || measure === 'percent_of_people';

/** An indicator's name, measure and one target per year of the plan's period (empty: no target that year). */
export function IndicatorEditor({
  label,
  indicator,
  years,
  path,
  fields,
  onChange,
  children,
}: IndicatorEditorProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const { targets } = indicator;

  const setTarget = (year: number, value: string | number) => {
    const at = targets.findIndex((target) => target.year === year);
    // A half-typed number ("12,") comes as text.
    const number =
      typeof value === 'number' ? value : Number.parseFloat(value.replace(/\./g, '').replace(',', '.'));
    if (!Number.isFinite(number)) {
      if (at >= 0) onChange({ ...indicator, targets: removeAt(targets, at) });
      return;
    }
    const next =
      at >= 0 ? replaceAt(targets, at, { year, value: number }) : [...targets, { year, value: number }];
    onChange({ ...indicator, targets: next });
  };

  // Targets outside the period (after the years were changed) stay listed so they can be corrected.
  const shownYears = [...new Set([...years, ...targets.map((target) => target.year)])].sort((a, b) => a - b);

  return (
    <Fieldset legend={label} variant="filled" p={{ base: 'xs', sm: 'sm' }}>
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea
            label={labels.indicatorName}
            value={indicator.name}
            onChange={(event) => onChange({ ...indicator, name: event.currentTarget.value })}
            {...fields.of(`${path}.name`)}
            autosize
            minRows={1}
          />
          <Select
            label={labels.measure}
            data={indicatorMeasures.map((measure) => ({ value: measure, label: plans.measures[measure] }))}
            value={indicator.measure}
            onChange={(measure) =>
              onChange({ ...indicator, measure: (measure ?? 'count') as IndicatorMeasure })
            }
            allowDeselect={false}
          />
        </SimpleGrid>
        <Text size="sm" fw={500}>
          {labels.targets}
        </Text>
        <SimpleGrid cols={{ base: 2, xs: 3, md: 5 }} spacing="xs">
          {shownYears.map((year) => {
            const at = targets.findIndex((target) => target.year === year);
            return (
              <NumberInput
                key={year}
                label={labels.targetYear(year)}
                value={at >= 0 ? targets[at]?.value : ''}
                onChange={(value) => setTarget(year, value)}
                {...(at >= 0 && fields.of(`${path}.targets.${at}.value`, `${path}.targets.${at}.year`))}
                thousandSeparator="."
                decimalSeparator=","
                suffix={percent(indicator.measure) ? '%' : undefined}
                allowNegative={false}
                hideControls
              />
            );
          })}
        </SimpleGrid>
        {children}
      </Stack>
    </Fieldset>
  );
}
