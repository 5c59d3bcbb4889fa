import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Account } from '../../../contract/accounts';
import { useI18n } from '../../i18n/i18n-provider';
import { roleLabel } from '../auth/role-label';
import { spokenUnitName } from '../org/unit-name';

/** An account in a list: the name linking to its page, the username and unit, its roles. */
export function AccountListItem({ account }: { account: Account }) {
  const { t } = useI18n();
  const facts = [account.username, account.unit ? spokenUnitName(account.unit.name) : t.home.noUnit];
  return (
    <Stack gap={2} py={6}>
      <Group gap="xs">
        <Anchor component={Link} to={`/tai-khoan/${account.id}`} fw={500}>
          {account.displayName}
        </Anchor>
        {account.disabled && (
          <Badge color="red.9" variant="outline" size="sm">
            {t.accounts.disabled}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {facts.join(' · ')}
      </Text>
      {account.roles.length > 0 && (
        <Text size="sm">{account.roles.map((grant) => roleLabel(grant, t)).join('; ')}</Text>
      )}
    </Stack>
  );
}
