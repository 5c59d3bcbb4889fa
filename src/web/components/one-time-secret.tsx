import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';

interface OneTimeSecretProps {
  title: string;
  secret: string;
  /** Why it is shown once and what the person must do with it. */
  explanation: string;
}

/** A secret the server will not show again (a temporary password), with a copy button. */
export function OneTimeSecret({ title, secret, explanation }: OneTimeSecretProps) {
  const { t } = useI18n();
  return (
    <Alert color="yellow" variant="light">
      <Stack gap="sm">
        <Text fw={700}>{title}</Text>
        <Group gap="sm" wrap="wrap">
          <Code fz="lg" fw={700} px="sm" py={6} style={{ userSelect: 'all', overflowWrap: 'anywhere' }}>
            {secret}
          </Code>
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="compact-md" variant={copied ? 'filled' : 'light'} onClick={copy}>
                {copied ? t.app.copied : t.app.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">{explanation}</Text>
      </Stack>
    </Alert>
  );
}
