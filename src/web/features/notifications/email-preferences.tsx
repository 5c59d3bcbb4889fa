import { Checkbox, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n-provider';
import {
  type NotificationPreferences,
  useNotificationPreferences,
  useSaveNotificationPreferences,
} from './notification-queries';
import { useNotificationMessages } from './use-notification-messages';

/** Which notifications also come by e-mail, each choice saved as it is made. */
export function EmailPreferences() {
  const { t } = useI18n();
  const messages = useNotificationMessages();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const current = preferences.data;
  const choose = (change: Partial<NotificationPreferences>) =>
    current && save.mutate({ ...current, ...change });

  return (
    <Section title={messages.emailTitle}>
      <Text size="sm">{messages.emailIntro}</Text>
      {preferences.error && <ErrorAlert error={preferences.error} />}
      {!current && !preferences.error && <Text role="status">{t.app.loading}</Text>}
      {current && (
        <Stack gap="sm">
          <Checkbox
            label={messages.emailReminders}
            checked={current.emailReminders}
            onChange={(event) => choose({ emailReminders: event.currentTarget.checked })}
          />
          <Checkbox
            label={messages.emailUpdates}
            checked={current.emailUpdates}
            onChange={(event) => choose({ emailUpdates: event.currentTarget.checked })}
          />
        </Stack>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <Text size="sm" role="status" c="green.8">
        {save.isSuccess ? messages.emailSaved : ''}
      </Text>
    </Section>
  );
}
