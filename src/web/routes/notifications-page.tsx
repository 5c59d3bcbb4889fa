import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_PAGE_SIZE } from '../../contract/notifications';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { ShowMoreButton } from '../components/show-more-button';
import { EmailPreferences } from '../features/notifications/email-preferences';
import {
  type NotificationList,
  useMarkNotificationsRead,
  useNotificationList,
} from '../features/notifications/notification-queries';
import { useNotificationMessages } from '../features/notifications/use-notification-messages';
import { formatDate, formatNumber, formatTime } from '../i18n/format';
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

/** Notifications marked read in one request: one page's worth. */
const MARKED_AT_ONCE = NOTIFICATION_PAGE_SIZE;

/**
 * The signed-in person's notifications, newest first, a page at a time. Those shown are marked read as
 * they arrive, page by page: they keep their "new" mark while the page stays open, and any that come in
 * meanwhile arrive marked new. Older ones not yet shown stay unread.
 */
export function NotificationsPage() {
  const { t } = useI18n();
  const messages = useNotificationMessages();
  const list = useNotificationList();
  const { mutate: markRead } = useMarkNotificationsRead();
  const [unreadOnArrival, setUnreadOnArrival] = useState<ReadonlySet<string>>(new Set());
  const pages = list.data?.pages;
  const items = pages?.flatMap((page) => page.items) ?? [];
  const total = pages?.[0]?.total ?? 0;

  useEffect(() => {
    const arrived = (pages ?? [])
      .flatMap((page) => page.items)
      .filter((item) => !item.read && !unreadOnArrival.has(item.id))
      .map((item) => item.id);
    if (arrived.length === 0) return;
    setUnreadOnArrival(new Set([...unreadOnArrival, ...arrived]));
    for (let start = 0; start < arrived.length; start += MARKED_AT_ONCE) {
      markRead(arrived.slice(start, start + MARKED_AT_ONCE));
    }
  }, [pages, unreadOnArrival, markRead]);

  return (
    <Page title={messages.title}>
      <Text>{messages.intro}</Text>
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isPending && <Text role="status">{t.app.loading}</Text>}
      {pages && items.length === 0 && <Text>{messages.empty}</Text>}
      {items.length > 0 && (
        <>
          <Text role="status" size="sm" c="dimmed">
            {messages.shown(formatNumber(items.length), formatNumber(total))}
          </Text>
          <Stack
            component="ul"
            aria-label={messages.listLabel}
            gap="sm"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {items.map((item) => (
              <NotificationItem
                key={item.id}
                item={item}
                isNew={!item.read || unreadOnArrival.has(item.id)}
              />
            ))}
          </Stack>
        </>
      )}
      <ShowMoreButton list={list} label={messages.showOlder} />
      <EmailPreferences />
    </Page>
  );
}
