import { Select } from '@mantine/core';
import { useRef, useState } from 'react';

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
  /** What the person types, to search on the server: empty while the box shows the chosen option. */
  onSearchChange: (text: string) => void;
  /** The server's answers to the search. */
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
  onSearchChange,
  options,
  ...shown
}: ServerSearchSelectProps) {
  const [picked, setPicked] = useState<SearchOption | null>(null);
  const [text, setText] = useState('');
  const pickedLabel = useRef<string | null>(null);
  const chosen = [picked, initial].find((option) => option?.value === value);
  const data = [...(chosen ? [chosen] : []), ...options.filter((option) => option.value !== value)];
  return (
    <Select
      {...shown}
      data={data}
      value={value}
      onChange={(id, option) => {
        const next = id && option ? option : null;
        pickedLabel.current = next?.label ?? null;
        setPicked(next);
        onChange(id);
      }}
      searchable
      clearable
      searchValue={text}
      onSearchChange={(typed) => {
        setText(typed);
        // The box fills with the chosen option's label; that is not a search.
        onSearchChange(typed === pickedLabel.current || typed === initial?.label ? '' : typed);
      }}
      filter={({ options: all }) => all}
      // A long plan title or unit name shows where it is cut.
      styles={{ input: { textOverflow: 'ellipsis' } }}
    />
  );
}
