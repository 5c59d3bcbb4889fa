import { Select } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import { useUnitSearch } from '../plans/use-unit-search';

interface UnitPickerProps {
  label: string;
  description?: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  /** The unit shown as chosen before the person searches (e.g. their own unit). */
  initial?: { value: string; label: string } | undefined;
}

/** Picks a unit by typing part of its name or code, searched on the server with diacritics ignored. */
export function UnitPicker({
  label,
  description,
  value,
  onChange,
  error,
  required,
  initial,
}: UnitPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const { options } = useUnitSearch(search);
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(initial ?? null);
  const data = [
    ...(chosen && chosen.value === value ? [chosen] : []),
    ...options.filter((o) => o.value !== value),
  ];
  return (
    <Select
      label={label}
      description={description}
      placeholder={t.org.pickUnitPlaceholder}
      data={data}
      value={value}
      onChange={(id, option) => {
        setChosen(id ? option : null);
        onChange(id);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim().length >= 2 ? t.org.noResults : t.org.pickUnitHint}
      error={error}
      required={required}
    />
  );
}
