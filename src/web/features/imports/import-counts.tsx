import { Group, Paper, Text } from '@mantine/core';
import { formatNumber } from '../../i18n/format';

/** The figures of a checked file, each a labelled tile, as a description list. */
export function ImportCounts({ counts }: { counts: { label: string; value: number }[] }) {
  return (
    <Group gap="lg" component="dl" m={0}>
      {counts.map(({ label, value }) => (
        <Paper key={label} withBorder p="sm" miw={130}>
          <Text component="dt" size="sm">
            {label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl">
            {formatNumber(value)}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
