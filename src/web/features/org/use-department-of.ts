import { useQuery } from '@tanstack/react-query';
import type { OrgUnit } from '../../../contract/org';
import { orgUnitsOfKindQuery } from './org-queries';

/** The Sở of a province, to tell apart units of the same name in different provinces ("Phường Hoàng Mai"). */
export function useDepartmentOf(): (provinceCode: string | null) => OrgUnit | undefined {
  const departments = useQuery(orgUnitsOfKindQuery('department'));
  return (provinceCode) =>
    departments.data?.items.find((department) => department.provinceCode === provinceCode);
}
