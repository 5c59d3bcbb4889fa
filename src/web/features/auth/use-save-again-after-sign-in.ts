import { useEffect, useRef } from 'react';
import { endedTheSession } from './ended-session';

/**
 * Sends an autosave again once the person has signed in again, when the last one was refused because
 * the session had ended. `save` is made anew with each session's CSRF token, so it changes exactly then.
 */
export function useSaveAgainAfterSignIn(lastFailure: unknown, save: () => Promise<void>): void {
  const refusedForEndedSession = useRef(false);
  refusedForEndedSession.current = endedTheSession(lastFailure);
  useEffect(() => {
    if (refusedForEndedSession.current) void save();
  }, [save]);
}
