import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { isoDateFrom } from '../org/at-date';
import { formatIsoDate } from '../plans/plan-format';

interface DayInputProps {
  label: string;
  /** yyyy-mm-dd, or '' when no day is given. */
  value: string;
  onChange: (iso: string) => void;
  error?: string | undefined;
  required?: boolean;
}

/**
 * A day typed as dd/mm/yyyy, because a browser's own date picker follows the phone's locale (often
 * mm/dd/yyyy); the form gets the ISO date, or '' until the text is a real day.
 */
export function DayInput({ label, value, onChange, error, required }: DayInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value ? formatIsoDate(value) : '');
  const [invalid, setInvalid] = useState(false);
  const unreadable = text.trim() !== '' && isoDateFrom(text) === null;
  return (
    <TextInput
      label={label}
      placeholder={t.org.atDatePlaceholder}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      required={required}
      // A form refusing the field before it was left still says how to write the day, not that it is missing.
      error={invalid || (error && unreadable) ? t.org.atDateInvalid : error}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        const iso = isoDateFrom(typed);
        if (iso) setInvalid(false);
        onChange(iso ?? '');
      }}
      onBlur={() => setInvalid(unreadable)}
    />
  );
}
