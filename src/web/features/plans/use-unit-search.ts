import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OrgUnitList } from '../../../contract/org';
import { apiRequest } from '../../api/api-request';
import { spokenUnitName } from '../org/unit-name';

export interface UnitOption {
  value: string;
  label: string;
}

const SEARCH_DELAY_MS = 300;

/** Units whose name or code matches what the person types (diacritics ignored), as options for a picker. */
export function useUnitSearch(text: string): { options: UnitOption[]; isFetching: boolean } {
  const [query] = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const search = useQuery({
    queryKey: ['org-units', 'search', query],
    queryFn: () =>
      apiRequest<OrgUnitList>(`/api/org-units?${new URLSearchParams({ q: query, limit: '20' })}`),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const options = (query.length >= 2 ? (search.data?.items ?? []) : []).map((unit) => ({
    value: unit.id,
    label: spokenUnitName(unit.name),
  }));
  return { options, isFetching: search.isFetching };
}
