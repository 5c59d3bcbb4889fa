import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { NetworkError } from './api/api-error';
import { handleSessionError } from './features/auth/session-errors';

const MAX_NETWORK_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleSessionError(queryClient, error, 'read') }),
    mutationCache: new MutationCache({ onError: (error) => handleSessionError(queryClient, error, 'write') }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < MAX_NETWORK_RETRIES,
      },
    },
  });
  return queryClient;
}
