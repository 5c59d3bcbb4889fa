import { MessagePage } from '../components/message-page';
import { useI18n } from '../i18n/i18n-provider';

export function NoAccessPage() {
  const { t } = useI18n();
  return <MessagePage title={t.noAccess.title} body={t.noAccess.body} />;
}
