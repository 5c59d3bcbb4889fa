import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Account } from '../../../contract/accounts';
import { apiPath } from '../../api/api-path';
import { apiRequest } from '../../api/api-request';
import { type Page, pagedQueryOptions } from '../../api/page';

export const accountKeys = { all: ['accounts'] as const };

/** Accounts the active role may see, optionally matching `q` or belonging to units below `under`. */
export const accountListQuery = ({ q, under }: { q?: string; under?: string }) =>
  infiniteQueryOptions({
    queryKey: [...accountKeys.all, 'list', q ?? '', under ?? null],
    queryFn: ({ pageParam }) =>
      apiRequest<Page<Account>>(apiPath('/api/accounts', { q, under, cursor: pageParam })),
    ...pagedQueryOptions,
  });

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: [...accountKeys.all, 'detail', id],
    queryFn: () => apiRequest<Account>(`/api/accounts/${id}`),
  });
