import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { adoptSession } from './session';
import { stopAskingToSignInAgain } from './session-expiry';
import { requestSignIn } from './use-sign-in';
import { requestRoleSwitch } from './use-switch-role';

/**
 * The new session, acting in the role `ended` had chosen if the account still holds it: a session
 * starts in the account's first role, and the page's unsaved changes were made in the chosen one. If
 * that role cannot be taken again, the new session stays in its first role.
 */
async function resumeRole(session: SessionResponse, ended: SessionResponse): Promise<SessionResponse> {
  const role = ended.activeRoleId;
  if (!role || role === session.activeRoleId || !session.roles.some((grant) => grant.id === role)) {
    return session;
  }
  try {
    await requestRoleSwitch(role, session.csrfToken);
    return await apiRequest<SessionResponse>('/api/me');
  } catch {
    return session;
  }
}

/** Signs the same person in again over the page they were on (see `resumeRole`). */
export function useSignInAgain(ended: SessionResponse) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (password: string) =>
      resumeRole(await requestSignIn({ username: ended.user.username, password }), ended),
    onSuccess: (session) => {
      stopAskingToSignInAgain();
      adoptSession(queryClient, session, ended);
    },
  });
}
