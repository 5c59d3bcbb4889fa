import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse, SignInRequest } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { sessionQueryKey } from './session';
import { clearSessionExpired } from './session-expiry';

export const requestSignIn = (credentials: SignInRequest) =>
  apiRequest<SessionResponse>('/api/auth/sign-in', { method: 'POST', body: credentials });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestSignIn,
    onSuccess: (session) => {
      clearSessionExpired();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
