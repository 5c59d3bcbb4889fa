import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { sessionQueryKey } from './session';
import { stopAskingToSignInAgain } from './session-expiry';

/**
 * Signs the same person in again over the page they were on, acting in the role they had chosen: a
 * new session starts in the account's first role, and the page's unsaved changes were made in theirs.
 */
export function useSignInAgain(ended: SessionResponse) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (password: string) => {
      const session = await apiRequest<SessionResponse>('/api/auth/sign-in', {
        method: 'POST',
        body: { username: ended.user.username, password },
      });
      const role = ended.activeRoleId;
      if (!role || role === session.activeRoleId || !session.roles.some((grant) => grant.id === role)) {
        return session;
      }
      await apiRequest<void>('/api/me/active-role', {
        method: 'PUT',
        body: { roleId: role },
        csrfToken: session.csrfToken,
      });
      return apiRequest<SessionResponse>('/api/me');
    },
    onSuccess: (session) => {
      stopAskingToSignInAgain();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
