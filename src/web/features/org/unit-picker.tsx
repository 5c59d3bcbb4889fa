import { useState } from 'react';
import { type SearchOption, ServerSearchSelect } from '../../components/server-search-select';
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
  initial?: SearchOption | undefined;
}

/** Picks a unit by typing part of its name or code, searched on the server with diacritics ignored. */
export function UnitPicker(props: UnitPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const { options } = useUnitSearch(search);
  return (
    <ServerSearchSelect
      {...props}
      placeholder={t.org.pickUnitPlaceholder}
      onSearchChange={setSearch}
      options={options}
      nothingFoundMessage={search.trim().length >= 2 ? t.org.noResults : t.org.pickUnitHint}
    />
  );
}
