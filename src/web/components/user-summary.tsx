import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { SessionResponse } from '../../contract/auth';
import { roleLabel } from '../features/auth/role-label';
import { useI18n } from '../i18n/i18n-provider';

/** Who is signed in: the name, then the role they act in and where (or their unit, or username). */
export function UserSummary({ session }: { session: SessionResponse }) {
  const { t } = useI18n();
  const { user, roles, activeRoleId } = session;
  const activeRole = roles.find((grant) => grant.id === activeRoleId);
  const detail = activeRole ? roleLabel(activeRole, t) : (user.unit?.name ?? user.username);
  return (
    <Group gap="sm" wrap="nowrap" title={`${user.displayName} · ${detail}`} style={{ minWidth: 0 }}>
      <Avatar name={user.displayName} color="green" size="md" aria-hidden />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" truncate="end">
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {detail}
        </Text>
      </Stack>
    </Group>
  );
}
