import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
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

/** A sign-in with a temporary password: the session it opened, and the password that opened it. */
export interface TemporarySignIn {
  session: SessionResponse;
  password: string;
}

function useAdoptOver(ended: SessionResponse) {
  const queryClient = useQueryClient();
  return (session: SessionResponse) => {
    stopAskingToSignInAgain();
    adoptSession(queryClient, session, ended);
  };
}

/**
 * Signs the same person in again over the page they were on (see `resumeRole`). A temporary password
 * (set for them meanwhile) opens a session that may do nothing until they choose their own: it is
 * answered as `temporary` and not taken yet, so the page stays as it is (see `useChooseOwnPassword`).
 */
export function useSignInAgain(ended: SessionResponse) {
  const adopt = useAdoptOver(ended);
  return useMutation({
    mutationFn: async (
      password: string,
    ): Promise<{ session: SessionResponse } | { temporary: TemporarySignIn }> => {
      const session = await requestSignIn({ username: ended.user.username, password });
      if (session.user.mustChangePassword) return { temporary: { session, password } };
      return { session: await resumeRole(session, ended) };
    },
    onSuccess: (signedIn) => {
      if ('session' in signedIn) adopt(signedIn.session);
    },
  });
}

/**
 * Replaces the temporary password a sign-in again used, then takes its session over the page. A retry
 * after the password was changed but the session could not be read starts from the password set.
 */
export function useChooseOwnPassword(ended: SessionResponse) {
  const adopt = useAdoptOver(ended);
  const changedTo = useRef<string | null>(null);
  return useMutation({
    mutationFn: async ({ temporary, newPassword }: { temporary: TemporarySignIn; newPassword: string }) => {
      if (changedTo.current !== newPassword) {
        await apiRequest<void>('/api/me/password', {
          method: 'POST',
          body: { currentPassword: changedTo.current ?? temporary.password, newPassword },
          csrfToken: temporary.session.csrfToken,
        });
        changedTo.current = newPassword;
      }
      return resumeRole(await apiRequest<SessionResponse>('/api/me'), ended);
    },
    onSuccess: adopt,
  });
}
