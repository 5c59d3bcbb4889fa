import type { z } from 'zod';
import type { notificationListSchema } from '../../src/contract/notifications.js';
import type { HttpClient } from './http-client.js';

type NotificationList = z.infer<typeof notificationListSchema>;

/** One page of the signed-in person's notifications: the first, or the one after `cursor`. */
export const notificationPage = async (client: HttpClient, cursor?: string | null) =>
  (await client.get(`/api/notifications${cursor ? `?cursor=${cursor}` : ''}`)).json<NotificationList>();

/** Marks read every notification of the signed-in person, page by page, as someone reading them all. */
export async function readAllNotifications(client: HttpClient): Promise<void> {
  let cursor: string | null = null;
  do {
    const page = await notificationPage(client, cursor);
    const ids = page.items.map((item) => item.id);
    if (ids.length > 0) await client.post('/api/notifications/read', { ids });
    cursor = page.nextCursor;
  } while (cursor);
}
