import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { EmailPreferences } from '../features/notifications/email-preferences';
import {
  type NotificationList,
  useMarkNotificationsRead,
  useNotifications,
} from '../features/notifications/notification-queries';
import { useNotificationMessages } from '../features/notifications/use-notification-messages';
import { formatDate, formatTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

type NotificationEntry = NotificationList['items'][number];

function NotificationItem({ item, isNew }: { item: NotificationEntry; isNew: boolean }) {
  const messages = useNotificationMessages();
  const titleId = useId();
  const at = new Date(item.createdAt);
  return (
    <Paper component="li" withBorder p="md" bg={isNew ? 'green.0' : undefined}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {isNew && (
            <Badge color="green" variant="filled" size="sm" style={{ flexShrink: 0 }}>
              {messages.unreadBadge}
            </Badge>
          )}
          <Text fw={600} id={titleId}>
            {item.title}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          <time dateTime={item.createdAt}>{messages.receivedAt(formatDate(at), formatTime(at))}</time>
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{item.body}</Text>
        {item.link?.startsWith('/') && (
          <Group>
            <Button component={Link} to={item.link} variant="light" size="xs" aria-describedby={titleId}>
              {messages.open}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The signed-in person's notifications, newest first. Opening the page reads them all, once they are
 * fetched afresh (the header's copy can be a minute old): those unread until then keep their "new"
 * mark while the page stays open, and any that arrive meanwhile come in marked new.
 */
export function NotificationsPage() {
  const { t } = useI18n();
  const messages = useNotificationMessages();
  const notifications = useNotifications();
  const { mutate: markAllRead } = useMarkNotificationsRead();
  const [unreadOnArrival, setUnreadOnArrival] = useState<ReadonlySet<string> | null>(null);
  const list = notifications.data;

  const fresh = notifications.isFetchedAfterMount;
  useEffect(() => {
    if (!list || !fresh || unreadOnArrival) return;
    setUnreadOnArrival(new Set(list.items.filter((item) => !item.read).map((item) => item.id)));
    if (list.unread > 0) markAllRead();
  }, [list, fresh, unreadOnArrival, markAllRead]);

  return (
    <Page title={messages.title}>
      <Text>{messages.intro}</Text>
      {notifications.error && <ErrorAlert error={notifications.error} />}
      {!list && !notifications.error && <Text role="status">{t.app.loading}</Text>}
      {list && list.items.length === 0 && <Text>{messages.empty}</Text>}
      {list && list.items.length > 0 && (
        <Stack
          component="ul"
          aria-label={messages.listLabel}
          gap="sm"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {list.items.map((item) => (
            <NotificationItem
              key={item.id}
              item={item}
              isNew={!item.read || Boolean(unreadOnArrival?.has(item.id))}
            />
          ))}
        </Stack>
      )}
      <EmailPreferences />
    </Page>
  );
}
