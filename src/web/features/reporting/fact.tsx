import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term and its value in a summary list (`dl`). */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}
