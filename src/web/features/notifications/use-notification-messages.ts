import { useI18n } from '../../i18n/i18n-provider';
import { notificationsEn } from '../../i18n/notifications-en';
import { type NotificationMessages, notificationsVi } from '../../i18n/notifications-vi';

/** The notifications page's messages, loaded with that page only. */
export function useNotificationMessages(): NotificationMessages {
  const { language } = useI18n();
  return language === 'en' ? notificationsEn : notificationsVi;
}
