import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, SignInRequest } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { sessionQueryKey } from './session';
import { clearSessionExpired } from './session-expiry';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      apiRequest<SessionResponse>('/api/auth/sign-in', { method: 'POST', body: credentials }),
    onSuccess: (session) => {
      clearSessionExpired();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
