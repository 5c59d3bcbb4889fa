import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { Page } from '../components/page';
import { useI18n } from '../i18n/i18n-provider';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Page title={t.notFound.title}>
      <Text>{t.notFound.body}</Text>
      <Button component={Link} to="/" w="fit-content">
        {t.notFound.backHome}
      </Button>
    </Page>
  );
}
