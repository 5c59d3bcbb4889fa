import { z } from 'zod';

export const notificationListSchema = z
  .object({
    unread: z.number().int(),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        title: z.string(),
        body: z.string(),
        link: z.string().nullable(),
        createdAt: z.string(),
        read: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'NotificationList' });

export const notificationPreferencesSchema = z
  .strictObject({
    emailReminders: z.boolean().describe('Deadline digests and overdue escalations by e-mail'),
    emailUpdates: z.boolean().describe('Rounds opened, reports returned or approved, by e-mail'),
  })
  .meta({ id: 'NotificationPreferences' });
