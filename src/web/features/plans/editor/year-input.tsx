import { NumberInput } from '@mantine/core';
import { planYears } from '../../../../contract/plans/content';
import type { FieldProps } from './field-feedback';

interface YearInputProps extends FieldProps {
  label: string;
  value: number;
  onChange: (year: number) => void;
}

/**
 * A year kept exactly as typed, never clamped into range: a year the plan cannot take is left for the
 * person to correct, with a message naming the accepted years. An empty field holds NaN, so it stays empty.
 * A year is typed: the step arrows would be targets too small for a finger, and steps of one year rarely help.
 */
export function YearInput({ value, onChange, ...props }: YearInputProps) {
  return (
    <NumberInput
      {...props}
      value={Number.isNaN(value) ? '' : value}
      onChange={(typed) => onChange(typeof typed === 'number' ? typed : Number.NaN)}
      min={planYears.min}
      max={planYears.max}
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=""
      hideControls
    />
  );
}
