import { Select } from '@mantine/core';
import { useState } from 'react';

export interface SearchOption {
  value: string;
  label: string;
}

interface ServerSearchSelectProps {
  label: string;
  description?: string | undefined;
  placeholder?: string | undefined;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required?: boolean | undefined;
  /** The option shown as chosen until the person picks another (their own unit, a plan named in the link). */
  initial?: SearchOption | undefined;
  /** What the person types, searched on the server; `options` are its answers. */
  search: string;
  onSearchChange: (text: string) => void;
  options: SearchOption[];
  nothingFoundMessage: string;
}

/**
 * A choice among more items than a page can hold: the server searches what is typed, and the option
 * chosen stays shown while later searches bring other options.
 */
export function ServerSearchSelect({
  initial,
  value,
  onChange,
  search,
  onSearchChange,
  options,
  ...shown
}: ServerSearchSelectProps) {
  const [picked, setPicked] = useState<SearchOption | null>(null);
  const chosen = [picked, initial].find((option) => option?.value === value);
  const data = [...(chosen ? [chosen] : []), ...options.filter((option) => option.value !== value)];
  return (
    <Select
      {...shown}
      data={data}
      value={value}
      onChange={(id, option) => {
        setPicked(id ? option : null);
        onChange(id);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={onSearchChange}
      filter={({ options: all }) => all}
    />
  );
}
