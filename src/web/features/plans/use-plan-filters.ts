import { useSearchParams } from 'react-router';
import { type PlanStatus, planStatuses } from '../../../contract/plans/plan';
import type { PlanFilters } from './plan-queries';

const isStatus = (value: string | null): value is PlanStatus =>
  planStatuses.some((status) => status === value);

/** The list's filters live in the address, so a filtered list can be bookmarked, shared and returned to. */
export function usePlanFilters(): [PlanFilters, (changes: Partial<PlanFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number.parseInt(params.get('year') ?? '', 10);
  const status = params.get('status');
  const filters: PlanFilters = {
    q: params.get('q') ?? '',
    issuer: params.get('issuer'),
    year: Number.isInteger(year) ? year : null,
    status: isStatus(status) ? status : null,
  };
  const change = (changes: Partial<PlanFilters>) => {
    const next = { ...filters, ...changes };
    const entries = Object.entries(next).filter(([, value]) => value !== null && value !== '');
    setParams(new URLSearchParams(entries.map(([key, value]) => [key, String(value)])), { replace: true });
  };
  return [filters, change];
}
