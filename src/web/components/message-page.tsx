import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';
import { Page } from './page';

/** A page that only explains why there is nothing here, with the way back home. */
export function MessagePage({ title, body }: { title: string; body: string }) {
  const { t } = useI18n();
  return (
    <Page title={title}>
      <Text maw="65ch">{body}</Text>
      <Button component={Link} to="/" w="fit-content">
        {t.notFound.backHome}
      </Button>
    </Page>
  );
}
