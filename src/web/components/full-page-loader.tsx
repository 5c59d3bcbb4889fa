import { Center, Loader } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';

export function FullPageLoader() {
  const { t } = useI18n();
  return (
    <Center component="main" mih="100dvh" role="status" aria-label={t.app.loading}>
      <Loader />
    </Center>
  );
}
