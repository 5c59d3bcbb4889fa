import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { sessionQueryKey, useCurrentSession } from './session';

export function useChangePassword() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) =>
      apiRequest<void>('/api/me/password', { method: 'POST', body: request, csrfToken }),
    // A temporary password no longer holds the user back once the session says so.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
