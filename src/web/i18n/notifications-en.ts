import type { NotificationMessages } from './notifications-vi';

export const notificationsEn: NotificationMessages = {
  title: 'Notifications',
  intro: 'Report deadlines, new reporting rounds, reports awaiting review, reports approved or returned.',
  empty: 'No notifications yet.',
  unreadBadge: 'New',
  open: 'Open',
  receivedAt: (date, time) => `${time}, ${date}`,
  listLabel: 'Notifications, newest first',
  shown: (shown, total) => `Showing ${shown} of ${total} notifications.`,
  showOlder: 'Show older notifications',
  emailTitle: 'By email',
  emailIntro: 'Notifications always appear here; choose which are also sent to your account’s email address.',
  emailReminders: 'Report deadlines, overdue reports and reports awaiting review',
  emailUpdates: 'New reporting rounds, reports approved or returned',
  emailSaved: 'Your email choices are saved.',
};
