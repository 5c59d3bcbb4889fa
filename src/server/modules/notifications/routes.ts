import {
  markNotificationsReadSchema,
  notificationListQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  unreadNotificationsSchema,
} from '../../../contract/notifications.js';
import { currentUser } from '../../core/auth/current-user.js';
import { addRoute, type RouteRegistrar } from '../../core/http/route.js';
import type { NotificationService } from './service.js';

export function registerNotificationRoutes(
  registrar: RouteRegistrar,
  notifications: NotificationService,
): void {
  addRoute(registrar, {
    method: 'GET',
    url: '/api/notifications',
    summary: 'A page of the caller’s notifications, newest first, and how many are unread',
    tag: 'notifications',
    access: 'signed_in',
    query: notificationListQuerySchema,
    response: notificationListSchema,
    problems: ['not_found'],
    handler: ({ query, request }) => notifications.page(currentUser(request).accountId, query.cursor),
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/notifications/unread',
    summary: 'How many of the caller’s notifications are unread, for the header of every page',
    tag: 'notifications',
    access: 'signed_in',
    response: unreadNotificationsSchema,
    handler: async ({ request }) => ({
      unread: await notifications.unreadCount(currentUser(request).accountId),
    }),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/notifications/read',
    summary: 'Mark read the caller’s notifications they have seen',
    tag: 'notifications',
    access: 'signed_in',
    body: markNotificationsReadSchema,
    problems: ['csrf_failed'],
    async handler({ body, request }) {
      await notifications.markRead(currentUser(request).accountId, body.ids);
    },
  });

  addRoute(registrar, {
    method: 'GET',
    url: '/api/me/notification-preferences',
    summary: 'Which notifications the caller also receives by e-mail',
    tag: 'notifications',
    access: 'signed_in',
    response: notificationPreferencesSchema,
    handler: ({ request }) => notifications.preferences(currentUser(request).accountId),
  });

  addRoute(registrar, {
    method: 'PUT',
    url: '/api/me/notification-preferences',
    summary: 'Choose which notifications also come by e-mail',
    tag: 'notifications',
    access: 'signed_in',
    body: notificationPreferencesSchema,
    problems: ['csrf_failed'],
    async handler({ body, request }) {
      await notifications.savePreferences(currentUser(request).accountId, body);
    },
  });
}
