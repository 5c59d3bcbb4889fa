import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './api/api-error';
import { sessionQueryKey } from './features/auth/session';
import { markSessionExpired } from './features/auth/session-expiry';

const MAX_NETWORK_RETRIES = 2;

export function createQueryClient(): QueryClient {
  // A request answered "unauthenticated" means the session ended (expired, or signed out elsewhere):
  // forgetting it sends the user to the sign-in page, which brings them back afterwards.
  const forgetEndedSession = (error: Error) => {
    if (!(error instanceof ApiError && error.code === 'unauthenticated')) return;
    if (!queryClient.getQueryData(sessionQueryKey)) return;
    markSessionExpired();
    // Whoever signs in next on this device must not see the previous user's cached data.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    queryClient.setQueryData(sessionQueryKey, null);
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetEndedSession }),
    mutationCache: new MutationCache({ onError: forgetEndedSession }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < MAX_NETWORK_RETRIES,
      },
    },
  });
  return queryClient;
}
