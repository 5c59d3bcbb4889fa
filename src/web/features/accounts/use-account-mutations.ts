import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Account, CreateAccountRequest, UpdateAccountRequest } from '../../../contract/accounts';
import type { Role } from '../../../contract/roles';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from '../auth/session';
import { accountKeys } from './account-queries';

interface WithTemporaryPassword {
  account: Account;
  temporaryPassword: string;
}

/** Every change to accounts, each refreshing the lists and pages that show them. */
export function useAccountMutations(accountId = '') {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: accountKeys.all });
  const path = `/api/accounts/${accountId}`;
  return {
    create: useMutation({
      mutationFn: (body: CreateAccountRequest) =>
        apiRequest<WithTemporaryPassword>('/api/accounts', { method: 'POST', body, csrfToken }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (body: UpdateAccountRequest) =>
        apiRequest<Account>(path, { method: 'PATCH', body, csrfToken }),
      onSuccess,
    }),
    resetPassword: useMutation({
      mutationFn: () =>
        apiRequest<WithTemporaryPassword>(`${path}/password-reset`, { method: 'POST', csrfToken }),
      onSuccess,
    }),
    grantRole: useMutation({
      mutationFn: (body: { role: Role; unitId: string }) =>
        apiRequest<Account>(`${path}/roles`, { method: 'POST', body, csrfToken }),
      onSuccess,
    }),
    revokeRole: useMutation({
      mutationFn: (roleId: string) =>
        apiRequest<void>(`${path}/roles/${roleId}`, { method: 'DELETE', csrfToken }),
      onSuccess,
    }),
  };
}
