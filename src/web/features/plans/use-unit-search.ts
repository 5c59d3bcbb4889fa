import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OrgUnitList } from '../../../contract/org';
import { apiRequest } from '../../api/api-request';
import { useI18n } from '../../i18n/i18n-provider';
import { spokenUnitName } from '../org/unit-name';
import { useDepartmentOf } from '../org/use-department-of';

export interface UnitOption {
  value: string;
  label: string;
  /** The unit's own name, without the province the label adds to tell namesakes apart. */
  name: string;
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
  const { t } = useI18n();
  const departmentOf = useDepartmentOf();
  // Many wards and schools share a name across provinces: each option says whose it is.
  const options = (query.length >= 2 ? (search.data?.items ?? []) : []).map((unit) => {
    const name = spokenUnitName(unit.name);
    const department = unit.kind === 'department' ? undefined : departmentOf(unit.provinceCode);
    return {
      value: unit.id,
      name,
      label: department ? `${name} · ${t.org.inProvince(spokenUnitName(department.name))}` : name,
    };
  });
  return { options, isFetching: search.isFetching };
}
