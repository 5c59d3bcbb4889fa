import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  notificationListSchema,
  notificationPreferencesSchema,
  unreadNotificationsSchema,
} from '../../../contract/notifications';
import { apiRequest } from '../../api/api-request';
import { pagedQueryOptions } from '../../api/page';
import { useCurrentSession } from '../auth/session';

export type NotificationList = z.infer<typeof notificationListSchema>;
export type UnreadNotifications = z.infer<typeof unreadNotificationsSchema>;
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** How often an open page asks whether something new arrived. */
const CHECK_EVERY_MS = 60_000;

const notificationsKey = ['notifications'] as const;
const unreadKey = [...notificationsKey, 'unread'] as const;
const listKey = [...notificationsKey, 'list'] as const;
const preferencesKey = ['notification-preferences'] as const;

/** How many notifications are unread: all the header needs, asked on every page once a minute. */
export const useUnreadNotifications = () =>
  useQuery({
    queryKey: unreadKey,
    queryFn: () => apiRequest<UnreadNotifications>('/api/notifications/unread'),
    refetchInterval: CHECK_EVERY_MS,
  });

/** The notifications newest first, a page at a time. */
export const useNotificationList = () =>
  useInfiniteQuery({
    queryKey: listKey,
    queryFn: ({ pageParam }) =>
      apiRequest<NotificationList>(
        `/api/notifications${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`,
      ),
    ...pagedQueryOptions,
  });

/**
 * Marks read the notifications the person has seen. The list loaded shows them read as they are,
 * without loading its pages again, and the unread count is asked afresh.
 */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  const { csrfToken } = useCurrentSession();
  return useMutation({
    mutationFn: (ids: string[]) =>
      apiRequest<void>('/api/notifications/read', { method: 'POST', body: { ids }, csrfToken }),
    onSuccess: (_, ids) => {
      const marked = new Set(ids);
      queryClient.setQueryData<InfiniteData<NotificationList>>(listKey, (list) =>
        list
          ? {
              ...list,
              pages: list.pages.map((page) => ({
                ...page,
                items: page.items.map((item) => (marked.has(item.id) ? { ...item, read: true } : item)),
              })),
            }
          : list,
      );
      return queryClient.invalidateQueries({ queryKey: unreadKey });
    },
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
