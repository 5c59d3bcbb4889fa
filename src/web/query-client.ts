import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { NetworkError } from './api/api-error';
import { handleEndedSession } from './features/auth/ended-session';

const MAX_NETWORK_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleEndedSession(queryClient, error, 'read') }),
    mutationCache: new MutationCache({ onError: (error) => handleEndedSession(queryClient, error, 'write') }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < MAX_NETWORK_RETRIES,
      },
    },
  });
  return queryClient;
}
