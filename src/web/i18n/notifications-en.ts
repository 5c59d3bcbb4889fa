import type { NotificationMessages } from './notifications-vi';

export const notificationsEn: NotificationMessages = {
  title: 'Notifications',
  intro: 'Report deadlines, new reporting rounds, reports approved or returned.',
  empty: 'No notifications yet.',
  unreadBadge: 'New',
  open: 'Open',
  receivedAt: (date, time) => `${time}, ${date}`,
  emailTitle: 'By e-mail',
  emailIntro:
    'Notifications always appear here; choose which are also sent to your account’s e-mail address.',
  emailReminders: 'Report deadlines and overdue reports',
  emailUpdates: 'New reporting rounds, reports approved or returned',
  emailSaved: 'Your e-mail choices are saved.',
};
