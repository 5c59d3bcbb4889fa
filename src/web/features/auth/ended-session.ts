import type { QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../contract/auth';
import { isSessionEndedError } from '../../api/api-error';
import { apiRequest } from '../../api/api-request';
import { hasUnsavedChanges } from '../../components/unsaved-changes';
import { forgetSession, sessionQueryKey } from './session';
import { askToSignInAgain, markSessionExpired, signInAgainDismissed } from './session-expiry';

let checking: Promise<boolean> | null = null;

/**
 * Whether the server still knows this browser's session: a request sent before the person signed in
 * again comes back refused after it. A server that cannot be reached cannot say, and nothing is done.
 */
function sessionStillKnown(): Promise<boolean> {
  checking ??= apiRequest<SessionResponse>('/api/me')
    .then(
      () => true,
      (error: unknown) => !isSessionEndedError(error),
    )
    .finally(() => {
      checking = null;
    });
  return checking;
}

/** Forgets a session the server no longer knows; the sign-in page then says it expired. */
export function forgetEndedSession(queryClient: QueryClient): void {
  markSessionExpired();
  forgetSession(queryClient);
}

/**
 * What the app does when a request is answered "unauthenticated", once the server confirms the session
 * has ended (expired, or signed out elsewhere): over a page holding unsaved changes it asks for the
 * password again in place; otherwise it forgets the session, which sends the person to sign in and back
 * afterwards. The answer is awaited, so a failed submission has given its changes back to the page by
 * then. A `read` (a query) does not ask again once the person has closed the dialog; a `write` does.
 */
export function handleEndedSession(queryClient: QueryClient, error: unknown, by: 'read' | 'write'): void {
  if (!isSessionEndedError(error) || !queryClient.getQueryData(sessionQueryKey)) return;
  void sessionStillKnown().then((known) => {
    if (known || !queryClient.getQueryData(sessionQueryKey)) return;
    if (!hasUnsavedChanges()) forgetEndedSession(queryClient);
    else if (by === 'write' || !signInAgainDismissed()) askToSignInAgain();
  });
}
