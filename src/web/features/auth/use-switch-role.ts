import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from './session';

export const requestRoleSwitch = (roleId: string, csrfToken: string) =>
  apiRequest<void>('/api/me/active-role', { method: 'PUT', body: { roleId }, csrfToken });

export function useSwitchRole() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: (roleId: string) => requestRoleSwitch(roleId, csrfToken),
    // What a person may see depends on the role they act in, so everything shown is asked for again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
