import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { CascadeStatus, CascadeUnitStatus, PlanRequirement } from '../../../contract/plans/cascade';
import type { Plan, PlanList, PlanStatus } from '../../../contract/plans/plan';
import { apiRequest } from '../../api/api-request';

export interface PlanFilters {
  q: string;
  issuer: string | null;
  year: number | null;
  status: PlanStatus | null;
}

const PAGE_SIZE = 20;

export const planKeys = {
  all: ['plans'] as const,
  list: (filters: PlanFilters) => ['plans', 'list', filters] as const,
  detail: (id: string) => ['plans', 'detail', id] as const,
  cascade: (id: string, status: CascadeUnitStatus) => ['plans', 'cascade', id, status] as const,
  requirements: ['plans', 'requirements'] as const,
};

function listPath(filters: PlanFilters, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.q) params.set('q', filters.q);
  if (filters.issuer) params.set('issuer', filters.issuer);
  if (filters.year) params.set('year', String(filters.year));
  if (filters.status) params.set('status', filters.status);
  if (cursor) params.set('cursor', cursor);
  return `/api/plans?${params}`;
}

export const planListQuery = (filters: PlanFilters) =>
  infiniteQueryOptions({
    queryKey: planKeys.list(filters),
    queryFn: ({ pageParam }) => apiRequest<PlanList>(listPath(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export const planQuery = (id: string) =>
  queryOptions({ queryKey: planKeys.detail(id), queryFn: () => apiRequest<Plan>(`/api/plans/${id}`) });

/** The counts cover every unit; `units` lists those in `status` (not issued: the ones to chase). */
export const cascadeQuery = (id: string, status: CascadeUnitStatus) =>
  queryOptions({
    queryKey: planKeys.cascade(id, status),
    queryFn: () => apiRequest<CascadeStatus>(`/api/plans/${id}/cascade?status=${status}&limit=20`),
  });

export const planRequirementsQuery = queryOptions({
  queryKey: planKeys.requirements,
  queryFn: () => apiRequest<{ items: PlanRequirement[] }>('/api/me/plan-requirements'),
});
