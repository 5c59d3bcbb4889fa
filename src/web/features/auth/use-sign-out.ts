import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-request';
import { forgetSession, useCurrentSession } from './session';

export function useSignOut() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/sign-out', { method: 'POST', csrfToken }),
    onSuccess: () => forgetSession(queryClient),
  });
}
