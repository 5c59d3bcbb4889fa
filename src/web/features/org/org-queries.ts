import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  ORG_UNIT_PAGE_MAX,
  type OrgUnit,
  type OrgUnitChild,
  type OrgUnitDetail,
  type OrgUnitKind,
} from '../../../contract/org';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { type Page, pagedQueryOptions } from '../../api/page';

const SEARCH_PAGE_SIZE = 50;

/** A unit with what the page needs about it; `at` is the date whose tree is shown, today when absent. */
export const orgUnitQuery = (id: string, at?: string) =>
  queryOptions({
    queryKey: ['org-units', 'detail', id, at ?? null],
    queryFn: () => apiRequest<OrgUnitDetail>(apiPath(`/api/org-units/${id}`, { at })),
  });

export const orgUnitChildrenQuery = (id: string, at?: string) =>
  infiniteQueryOptions({
    queryKey: ['org-units', 'children', id, at ?? null],
    queryFn: ({ pageParam }) =>
      apiRequest<Page<OrgUnitChild>>(
        apiPath(`/api/org-units/${id}/children`, { at, limit: ORG_UNIT_PAGE_MAX, cursor: pageParam }),
      ),
    ...pagedQueryOptions,
  });

export const orgUnitSearchQuery = (q: string, at?: string) =>
  infiniteQueryOptions({
    queryKey: ['org-units', 'search', q, at ?? null],
    queryFn: ({ pageParam }) =>
      apiRequest<Page<OrgUnit>>(
        apiPath('/api/org-units', { q, at, limit: SEARCH_PAGE_SIZE, cursor: pageParam }),
      ),
    ...pagedQueryOptions,
  });

/** All units of one kind on one page: the ministry, or the 34 departments. */
export const orgUnitsOfKindQuery = (kind: Extract<OrgUnitKind, 'ministry' | 'department'>, at?: string) =>
  queryOptions({
    queryKey: ['org-units', 'kind', kind, at ?? null],
    queryFn: () =>
      apiRequest<Page<OrgUnit>>(apiPath('/api/org-units', { kind, at, limit: ORG_UNIT_PAGE_MAX })),
    staleTime: 5 * 60_000,
  });
