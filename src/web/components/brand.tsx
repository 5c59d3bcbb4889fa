import { Group, Image, Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';
import logoUrl from '../logo.svg';

export function Brand() {
  const { t } = useI18n();
  return (
    <Group gap="xs" wrap="nowrap">
      <Image src={logoUrl} alt="" w={32} h={32} />
      <Text component="span" fw={700} fz="lg" c="green.8" style={{ whiteSpace: 'nowrap' }}>
        {t.app.name}
      </Text>
    </Group>
  );
}
