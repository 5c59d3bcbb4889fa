import type { QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '../../../contract/auth';
import { isSessionEndedError, isStaleTokenError } from '../../api/api-error';
import { hasUnsavedChanges } from '../../components/unsaved-changes';
import { adoptSession, fetchSession, forgetSession, sessionQueryKey } from './session';
import { askToSignInAgain, markSessionExpired, signInAgainDismissed } from './session-expiry';

let asking: Promise<SessionResponse | null | undefined> | null = null;

/**
 * The session the server knows this browser by now: null when none, undefined when the server cannot be
 * reached to say. Asked once for the refusals that arrive together.
 */
function currentSession(): Promise<SessionResponse | null | undefined> {
  asking ??= fetchSession()
    .catch(() => undefined)
    .finally(() => {
      asking = null;
    });
  return asking;
}

/** Forgets a session the server no longer knows; the sign-in page then says it expired. */
export function forgetEndedSession(queryClient: QueryClient): void {
  markSessionExpired();
  forgetSession(queryClient);
}

/**
 * What the app does when a request is refused for its session, once the server says which session this
 * browser now has:
 * - the same person's (they signed in again in another tab, or a request sent before signing in again
 *   here came back refused): the page goes on with it, and its saves go through with the new token;
 * - someone else's: what was loaded for the previous person is forgotten;
 * - none (expired, or signed out elsewhere): over a page holding unsaved changes the password is asked
 *   for again in place; otherwise the session is forgotten, which sends the person to sign in;
 * - the same person's with a temporary password, over unsaved changes: asked again too, since that
 *   session can do nothing until its own password is chosen, which the dialog does in place.
 * The answer is awaited, so a refused submission has given its changes back to the page by then. A
 * `read` (a query) does not ask again once the person has closed the dialog; a `write` does.
 */
export function handleSessionError(queryClient: QueryClient, error: unknown, by: 'read' | 'write'): void {
  if (!isSessionEndedError(error) && !isStaleTokenError(error)) return;
  const known = queryClient.getQueryData<SessionResponse | null>(sessionQueryKey);
  if (!known) return;
  void currentSession().then((session) => {
    if (session === undefined || queryClient.getQueryData(sessionQueryKey) !== known) return;
    const asksAgain = () => {
      if (by === 'write' || !signInAgainDismissed()) askToSignInAgain();
    };
    // Signed in again with a temporary password, and the dialog closed before choosing one's own: taken
    // now, that session would send the person to change it, away from what the page holds.
    if (session?.user.mustChangePassword && hasUnsavedChanges()) {
      asksAgain();
      return;
    }
    if (session) {
      if (session.user.id !== known.user.id) forgetSession(queryClient);
      if (session.csrfToken !== known.csrfToken) adoptSession(queryClient, session, known);
    } else if (!hasUnsavedChanges()) forgetEndedSession(queryClient);
    else asksAgain();
  });
}
