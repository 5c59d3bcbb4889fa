import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { CurrentUser } from '../../contract/auth';

/** Who is signed in: the name, then the unit they work for (or the username when they have none). */
export function UserSummary({ user }: { user: CurrentUser }) {
  const detail = user.unit?.name ?? user.username;
  return (
    <Group gap="sm" wrap="nowrap" title={`${user.displayName} · ${detail}`}>
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
