import { type Query, type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionResponse, SessionState } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { stopAskingToSignInAgain } from './session-expiry';

export const sessionQueryKey = ['session'] as const;

/** The session the server knows this browser by: the signed-in user and CSRF token, or null. */
export const fetchSession = async (): Promise<SessionResponse | null> =>
  (await apiRequest<SessionState>('/api/session')).session;

/** The session, kept in memory only. */
export const sessionQuery = queryOptions({
  queryKey: sessionQueryKey,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
});

export const useSession = () => useQuery(sessionQuery);

/** The session on pages behind RequireSession, where it is known to exist. */
export function useCurrentSession(): SessionResponse {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentSession is only for pages behind RequireSession');
  return data;
}

/** The unit the person acts at in their active role. */
export const actingUnit = ({ roles, activeRoleId }: SessionResponse) =>
  roles.find((grant) => grant.id === activeRoleId)?.unit ?? null;

/** Whether a cached query holds what was loaded for the person, as opposed to the session itself. */
const loadedForThePerson = (query: Query): boolean => query.queryKey[0] !== sessionQueryKey[0];

/**
 * Forgets the signed-in person and everything loaded for them: whoever signs in next on this device
 * must not see it.
 */
export function forgetSession(queryClient: QueryClient): void {
  stopAskingToSignInAgain();
  queryClient.removeQueries({ predicate: loadedForThePerson });
  queryClient.setQueryData(sessionQueryKey, null);
}

/**
 * Takes `next` as the session in place of `previous` (signed in again): what failed meanwhile is
 * fetched again, and, in another role, everything shown, since what a person may see depends on it.
 */
export function adoptSession(
  queryClient: QueryClient,
  next: SessionResponse,
  previous: SessionResponse,
): void {
  queryClient.setQueryData(sessionQueryKey, next);
  void queryClient.invalidateQueries({
    predicate: (query) =>
      loadedForThePerson(query) &&
      (next.activeRoleId !== previous.activeRoleId || query.state.status === 'error'),
  });
}
