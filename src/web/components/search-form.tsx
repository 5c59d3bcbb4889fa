import { Button, Group, TextInput } from '@mantine/core';
import { type CSSProperties, type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

const SEARCH_PARAMETER = 'q';

/** What the page's address says was searched for (its `q`), trimmed; empty when nothing was. */
export function useSearchedText(): string {
  const [searchParams] = useSearchParams();
  return searchParams.get(SEARCH_PARAMETER)?.trim() ?? '';
}

/**
 * A search box that puts what is searched for into the address (keeping its other parameters), so a
 * search can be shared, reloaded and gone back to.
 */
export function SearchForm({
  label,
  description,
  style,
}: {
  label: string;
  description: string;
  style?: CSSProperties;
}) {
  const { t } = useI18n();
  const searched = useSearchedText();
  const [, setSearchParams] = useSearchParams();
  const [text, setText] = useState(searched);
  // Back, forward or a menu link changes the address without remounting the page: the box follows it.
  useEffect(() => setText(searched), [searched]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams((current) => {
      if (text.trim()) current.set(SEARCH_PARAMETER, text.trim());
      else current.delete(SEARCH_PARAMETER);
      return current;
    });
  };

  return (
    <search style={style}>
      <form onSubmit={search}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            type="search"
            label={label}
            description={description}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit">{t.app.search}</Button>
        </Group>
      </form>
    </search>
  );
}
