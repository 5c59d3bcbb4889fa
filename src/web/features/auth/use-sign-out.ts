import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-request';
import { sessionQueryKey, useCurrentSession } from './session';

export function useSignOut() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/auth/sign-out', { method: 'POST', csrfToken }),
    onSuccess: () => {
      // Whoever signs in next on this device must not see the previous user's cached data.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
