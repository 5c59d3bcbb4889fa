import { Autocomplete } from '@mantine/core';
import { useRef } from 'react';
import { usePlanMessages } from '../use-plan-messages';
import { useUnitSearch } from '../use-unit-search';
import type { FieldProps } from './field-feedback';
import type { DraftParty } from './plan-draft';

interface PartyInputProps extends FieldProps {
  label: string;
  value: DraftParty | null;
  onChange: (party: DraftParty) => void;
  withHint?: boolean;
}

/** A unit picked from the tree by searching its name, or any organisation typed by name (a partner). */
export function PartyInput({ label, value, onChange, error, onBlur, withHint = false }: PartyInputProps) {
  const plans = usePlanMessages();
  const text = value?.name ?? '';
  const { options } = useUnitSearch(value?.unitId ? '' : text);
  // Picking an option also reports its label as typed text; that must not undo the pick.
  const picked = useRef<string | null>(null);
  return (
    <Autocomplete
      label={label}
      description={withHint ? plans.editor.partyHint : undefined}
      value={text}
      data={options}
      // The server already matched the words, ignoring diacritics; the list needs no second filter.
      filter={({ options: all }) => all}
      onChange={(name) => {
        if (name !== picked.current) onChange({ unitId: null, name });
        picked.current = null;
      }}
      onOptionSubmit={(unitId) => {
        const option = options.find((candidate) => candidate.value === unitId);
        if (!option) return;
        picked.current = option.label;
        onChange({ unitId, name: option.name });
      }}
      error={error}
      onBlur={onBlur}
    />
  );
}
