import { Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled part of the plan document. */
export function PlanSection({ title, children }: { title: string | null; children: ReactNode }) {
  const headingId = useId();
  return (
    <Stack component="section" gap="sm" aria-labelledby={title ? headingId : undefined}>
      {title && (
        <Title order={2} size="h4" ff="inherit" id={headingId}>
          {title}
        </Title>
      )}
      {children}
    </Stack>
  );
}
