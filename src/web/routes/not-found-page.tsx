import { MessagePage } from '../components/message-page';
import { useI18n } from '../i18n/i18n-provider';

export function NotFoundPage() {
  const { t } = useI18n();
  return <MessagePage title={t.notFound.title} body={t.notFound.body} />;
}
