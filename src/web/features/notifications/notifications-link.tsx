import { ActionIcon, Indicator } from '@mantine/core';
import { Link } from 'react-router';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { useUnreadNotifications } from './notification-queries';

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden>
      <path
        d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2zM10 20a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** More than this many unread show as "99+": the badge has room for three characters. */
const MOST_COUNTED = 99;

/** The header's way to the notifications, with how many are unread. */
export function NotificationsLink() {
  const { t } = useI18n();
  const unread = useUnreadNotifications().data?.unread ?? 0;
  const shown = unread > MOST_COUNTED ? `${MOST_COUNTED}+` : formatNumber(unread);
  const label =
    unread > 0
      ? `${t.nav.notifications}, ${t.nav.unreadNotifications(formatNumber(unread))}`
      : t.nav.notifications;
  return (
    <Indicator
      label={<span aria-hidden>{shown}</span>}
      disabled={unread === 0}
      size={18}
      color="red"
      offset={6}
    >
      <ActionIcon
        component={Link}
        to="/thong-bao"
        variant="subtle"
        size="lg"
        aria-label={label}
        title={label}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}
