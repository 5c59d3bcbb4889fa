import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { notificationText } from '../../contract/notification-text';
import { NOTIFICATION_PAGE_SIZE } from '../../contract/notifications';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { ShowMoreButton } from '../components/show-more-button';
import { EmailPreferences } from '../features/notifications/email-preferences';
import {
  type NotificationList,
  useMarkNotificationsRead,
  useNotificationList,
  useUnreadNotifications,
} from '../features/notifications/notification-queries';
import { useNotificationMessages } from '../features/notifications/use-notification-messages';
import { useWindowFocus } from '../features/notifications/use-window-focus';
import { formatDate, formatMinute, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

type NotificationEntry = NotificationList['items'][number];

function NotificationItem({ item, isNew }: { item: NotificationEntry; isNew: boolean }) {
  const messages = useNotificationMessages();
  const { language } = useI18n();
  const { title, body } = item.content ? notificationText(item.content, language) : item;
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
            {title}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          <time dateTime={item.createdAt}>{messages.receivedAt(formatDate(at), formatMinute(at))}</time>
        </Text>
        <Text style={{ whiteSpace: 'pre-line' }}>{body}</Text>
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
 * The signed-in person's notifications, newest first, a page at a time. What is shown is marked read
 * while the window has the person's attention, page by page: those unread keep their "new" mark while
 * the page stays open. When the unread count rises, new ones come in at the top, marked new. Older
 * pages not yet shown stay unread.
 */
export function NotificationsPage() {
  const { t } = useI18n();
  const messages = useNotificationMessages();
  const list = useNotificationList();
  const unread = useUnreadNotifications().data?.unread;
  const { mutateAsync: markRead } = useMarkNotificationsRead();
  const focused = useWindowFocus();
  const [shownAsNew, setShownAsNew] = useState<ReadonlySet<string>>(new Set());
  const sent = useRef(new Set<string>());
  const unreadBefore = useRef(unread);
  const pages = list.data?.pages;
  const items = pages?.flatMap((page) => page.items) ?? [];
  const total = pages?.[0]?.total ?? 0;
  const { refetch } = list;

  useEffect(() => {
    const rose = unread !== undefined && unread > (unreadBefore.current ?? unread);
    unreadBefore.current = unread;
    if (rose) void refetch();
  }, [unread, refetch]);

  useEffect(() => {
    if (!focused) return;
    const seen = (pages ?? [])
      .flatMap((page) => page.items)
      .filter((item) => !item.read && !sent.current.has(item.id))
      .map((item) => item.id);
    if (seen.length === 0) return;
    setShownAsNew((before) => new Set([...before, ...seen]));
    for (let start = 0; start < seen.length; start += MARKED_AT_ONCE) {
      const ids = seen.slice(start, start + MARKED_AT_ONCE);
      for (const id of ids) sent.current.add(id);
      // Refused or lost, they are sent again with the next change of the list or of focus.
      markRead(ids).catch(() => {
        for (const id of ids) sent.current.delete(id);
      });
    }
  }, [pages, focused, markRead]);

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
              <NotificationItem key={item.id} item={item} isNew={!item.read || shownAsNew.has(item.id)} />
            ))}
          </Stack>
        </>
      )}
      <ShowMoreButton list={list} label={messages.showOlder} />
      <EmailPreferences />
    </Page>
  );
}
