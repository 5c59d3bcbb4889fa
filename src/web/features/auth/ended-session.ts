import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { hasUnsavedChanges } from '../../components/unsaved-changes';
import { forgetSession, sessionQueryKey } from './session';
import { askToSignInAgain, markSessionExpired } from './session-expiry';

export const endedTheSession = (error: unknown): boolean =>
  error instanceof ApiError && error.code === 'unauthenticated';

/**
 * What the app does when a request is answered "unauthenticated", the session having ended (expired,
 * or signed out elsewhere): over a page holding unsaved changes it asks for the password again in
 * place; otherwise it forgets the session, which sends the person to sign in and back afterwards.
 */
export function handleEndedSession(queryClient: QueryClient, error: unknown): void {
  if (!endedTheSession(error) || !queryClient.getQueryData(sessionQueryKey)) return;
  if (hasUnsavedChanges()) {
    askToSignInAgain();
    return;
  }
  markSessionExpired();
  forgetSession(queryClient);
}
