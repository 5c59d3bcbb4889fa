import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrgUnitDetail } from '../../../contract/org';
import { apiRequest } from '../../api/api-request';
import { useI18n } from '../../i18n/i18n-provider';
import { spokenUnitName } from '../org/unit-name';
import { type UnitOption, useUnitSearch } from './use-unit-search';

/** Picks the unit whose subtree's plans are listed; the chosen unit's name is fetched when it came in the address. */
export function IssuerFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const { options } = useUnitSearch(search);
  const selected = useQuery({
    queryKey: ['org-units', 'detail', value],
    queryFn: () => apiRequest<OrgUnitDetail>(`/api/org-units/${value}`),
    enabled: value !== null,
    staleTime: 60_000,
  });
  const selectedOption: UnitOption[] =
    value && selected.data ? [{ value, label: spokenUnitName(selected.data.name) }] : [];
  const data = [...selectedOption, ...options.filter((option) => option.value !== value)];

  return (
    <Select
      label={t.plans.list.issuer}
      description={t.plans.list.issuerHint}
      placeholder={t.plans.list.anyIssuer}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim().length >= 2 ? t.plans.noUnitFound : undefined}
    />
  );
}
