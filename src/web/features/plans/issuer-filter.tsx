import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrgUnitDetail } from '../../../contract/org';
import { apiRequest } from '../../api/api-request';
import { spokenUnitName } from '../org/unit-name';
import { usePlanMessages } from './use-plan-messages';
import { type UnitOption, useUnitSearch } from './use-unit-search';

/** Picks the unit whose subtree's plans are listed; the chosen unit's name is fetched when it came in the address. */
export function IssuerFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const plans = usePlanMessages();
  const [search, setSearch] = useState('');
  const { options } = useUnitSearch(search);
  const selected = useQuery({
    queryKey: ['org-units', 'detail', value],
    queryFn: () => apiRequest<OrgUnitDetail>(`/api/org-units/${value}`),
    enabled: value !== null,
    staleTime: 60_000,
  });
  const selectedName = selected.data && spokenUnitName(selected.data.name);
  const selectedOption: UnitOption[] =
    value && selectedName ? [{ value, label: selectedName, name: selectedName }] : [];
  const data = [...selectedOption, ...options.filter((option) => option.value !== value)];

  return (
    <Select
      label={plans.list.issuer}
      description={plans.list.issuerHint}
      placeholder={plans.list.anyIssuer}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.trim().length >= 2 ? plans.noUnitFound : undefined}
    />
  );
}
