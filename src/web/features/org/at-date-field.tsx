import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { AT_PARAMETER, isoDateFrom } from './at-date';

function useSetAtDate() {
  const [, setSearchParams] = useSearchParams();
  return (at: string | null) =>
    setSearchParams(
      (current) => {
        if (at) current.set(AT_PARAMETER, at);
        else current.delete(AT_PARAMETER);
        return current;
      },
      { replace: true },
    );
}

/**
 * Picks the date whose organisation is shown (`?at=`); empty means today. Typed as dd/mm/yyyy, because a
 * browser's own date picker shows the order of the phone's locale, often mm/dd/yyyy.
 */
export function AtDateField({ at }: { at: string | undefined }) {
  const { t } = useI18n();
  const setAtDate = useSetAtDate();
  const shown = at ? formatDate(new Date(at)) : '';
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // The date can also change from elsewhere ("Xem cơ cấu hiện nay", a link): show it then.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
    setInvalid(false);
  }

  const apply = (value: string) => {
    const iso = isoDateFrom(value);
    setInvalid(value.trim() !== '' && iso === null);
    if (value.trim() === '') setAtDate(null);
    else if (iso) setAtDate(iso);
  };

  return (
    <TextInput
      label={t.org.atDate}
      description={t.org.atDateHint}
      placeholder={t.org.atDatePlaceholder}
      inputMode="numeric"
      autoComplete="off"
      value={text}
      error={invalid ? t.org.atDateInvalid : undefined}
      w={{ base: '100%', xs: 260 }}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText(value);
        if (value.trim() === '' || isoDateFrom(value)) apply(value);
      }}
      onBlur={(event) => apply(event.currentTarget.value)}
    />
  );
}

/** Says that an earlier date's organisation is shown, with the way back to today's. */
export function AtDateNotice({ at }: { at: string | undefined }) {
  const { t } = useI18n();
  const setAtDate = useSetAtDate();
  if (!at) return null;
  return (
    <Alert color="blue" variant="light">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t.org.showingAt(formatDate(new Date(at)))}</Text>
        <Button variant="white" size="compact-sm" onClick={() => setAtDate(null)}>
          {t.org.backToToday}
        </Button>
      </Stack>
    </Alert>
  );
}
