import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { unitPath } from './at-date';

interface UnitListItemProps {
  unit: { id: string; name: string };
  at?: string | undefined;
  /** Short facts shown under the name, joined by " · ". */
  details: string[];
}

/** A unit in a list: its name linking to its page, and a line of details. */
export function UnitListItem({ unit, at, details }: UnitListItemProps) {
  const line = details.filter(Boolean).join(' · ');
  return (
    <Stack gap={0} py={6}>
      <Anchor component={Link} to={unitPath(unit.id, at)} fw={500}>
        {unit.name}
      </Anchor>
      {line && (
        <Text size="sm" c="dimmed">
          {line}
        </Text>
      )}
    </Stack>
  );
}
