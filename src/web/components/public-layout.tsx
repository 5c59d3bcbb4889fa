import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from './brand';
import { LanguageSwitch } from './language-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

/** The frame for pages seen without signing in. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <Box mih="100dvh" bg="gray.0">
      <SkipLink />
      <Box component="header" px="md" py="sm">
        <Group justify="space-between" wrap="nowrap">
          <Brand />
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id={MAIN_CONTENT_ID} tabIndex={-1} size={480} px="md" pt="lg" pb="xl">
        {children}
      </Container>
    </Box>
  );
}
