import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, NetworkError } from './api/api-error';
import { sessionQueryKey } from './features/auth/session';

const MAX_NETWORK_RETRIES = 2;

export function createQueryClient(): QueryClient {
  // A request answered "unauthenticated" means the session ended (expired, or signed out elsewhere):
  // forgetting it sends the user to the sign-in page, which brings them back afterwards.
  const forgetEndedSession = (error: Error) => {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      queryClient.setQueryData(sessionQueryKey, null);
    }
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
