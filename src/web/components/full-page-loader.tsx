import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';

export function FullPageLoader() {
  const { t } = useI18n();
  return (
    <Center component="main" mih="100dvh">
      <div role="status">
        <Loader />
        <VisuallyHidden>{t.app.loading}</VisuallyHidden>
      </div>
    </Center>
  );
}
