import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordRequest } from '../../../contract/auth';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from './session';

export function useChangePassword() {
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) =>
      apiRequest<void>('/api/me/password', { method: 'POST', body: request, csrfToken }),
  });
}
