import { Avatar, Group, Stack, Text } from '@mantine/core';
import type { CurrentUser } from '../../contract/auth';

/** Who is signed in: name first, then the line that identifies the account. */
export function UserSummary({ user }: { user: CurrentUser }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar name={user.displayName} color="green" size="md" aria-hidden />
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text fw={600} size="sm" truncate="end">
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {user.username}
        </Text>
      </Stack>
    </Group>
  );
}
