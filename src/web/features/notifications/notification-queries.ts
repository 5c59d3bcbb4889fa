import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { notificationListSchema, notificationPreferencesSchema } from '../../../contract/notifications';
import { apiRequest } from '../../api/api-request';
import { useCurrentSession } from '../auth/session';

export type NotificationList = z.infer<typeof notificationListSchema>;
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** How often an open page asks whether something new arrived. */
const CHECK_EVERY_MS = 60_000;

const notificationsKey = ['notifications'] as const;
const preferencesKey = ['notification-preferences'] as const;

const notificationsQuery = queryOptions({
  queryKey: notificationsKey,
  queryFn: () => apiRequest<NotificationList>('/api/notifications'),
  refetchInterval: CHECK_EVERY_MS,
});

export const useNotifications = () => useQuery(notificationsQuery);

/** Marks every notification read; the unread count everywhere follows. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: () => apiRequest<void>('/api/notifications/read', { method: 'POST', csrfToken }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}

export const useNotificationPreferences = () =>
  useQuery({
    queryKey: preferencesKey,
    queryFn: () => apiRequest<NotificationPreferences>('/api/me/notification-preferences'),
  });

/**
 * Saves the choices as they are made: each shows at once, and saves run one after another so two
 * quick changes cannot arrive in the wrong order; a refused one puts back what the server holds.
 */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    scope: { id: 'notification-preferences' },
    mutationFn: (preferences: NotificationPreferences) =>
      apiRequest<void>('/api/me/notification-preferences', { method: 'PUT', body: preferences, csrfToken }),
    onMutate: (preferences) => queryClient.setQueryData(preferencesKey, preferences),
    onError: () => queryClient.invalidateQueries({ queryKey: preferencesKey }),
  });
}
