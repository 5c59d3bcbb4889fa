import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { NetworkError } from './api/api-error';
import { handleEndedSession } from './features/auth/ended-session';

const MAX_NETWORK_RETRIES = 2;

export function createQueryClient(): QueryClient {
  const onError = (error: Error): void => handleEndedSession(queryClient, error);
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => error instanceof NetworkError && failureCount < MAX_NETWORK_RETRIES,
      },
    },
  });
  return queryClient;
}
