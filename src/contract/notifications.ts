import { z } from 'zod';
import { publicIdSchema } from './ids.js';
import { notificationContentSchema } from './notification-content.js';

/** Notifications in one page of the list, newest first. */
export const NOTIFICATION_PAGE_SIZE = 20;

export const notificationListQuerySchema = z.strictObject({
  cursor: publicIdSchema.optional().describe('Where the previous page ended: the next page is older'),
});

export const notificationListSchema = z
  .object({
    unread: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        title: z.string(),
        body: z.string(),
        content: notificationContentSchema
          .nullable()
          .describe(
            'What it says as data, to word in the reader’s language; null for those sent before it was kept',
          ),
        link: z.string().nullable(),
        createdAt: z.string(),
        read: z.boolean(),
      }),
    ),
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'NotificationList' });

export const unreadNotificationsSchema = z
  .object({ unread: z.number().int() })
  .meta({ id: 'UnreadNotifications' });

export const markNotificationsReadSchema = z
  .strictObject({
    ids: z
      .array(publicIdSchema)
      .min(1)
      .max(NOTIFICATION_PAGE_SIZE)
      .describe('The notifications of one page the person has seen; others of theirs stay unread'),
  })
  .meta({ id: 'MarkNotificationsRead' });

export const notificationPreferencesSchema = z
  .strictObject({
    emailReminders: z
      .boolean()
      .describe('Deadline digests, overdue escalations and reports awaiting review by e-mail'),
    emailUpdates: z.boolean().describe('Rounds opened, reports returned or approved, by e-mail'),
  })
  .meta({ id: 'NotificationPreferences' });
