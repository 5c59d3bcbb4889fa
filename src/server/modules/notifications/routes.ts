import { notificationListSchema, notificationPreferencesSchema } from '../../../contract/notifications.js';
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
    summary: 'The caller’s latest notifications and how many are unread',
    tag: 'notifications',
    access: 'signed_in',
    response: notificationListSchema,
    handler: ({ request }) => notifications.inbox(currentUser(request).accountId),
  });

  addRoute(registrar, {
    method: 'POST',
    url: '/api/notifications/read',
    summary: 'Mark all the caller’s notifications read',
    tag: 'notifications',
    access: 'signed_in',
    problems: ['csrf_failed'],
    async handler({ request }) {
      await notifications.markAllRead(currentUser(request).accountId);
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
