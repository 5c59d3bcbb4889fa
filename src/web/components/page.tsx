import { Stack, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef } from 'react';
import { useNavigationType } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

interface PageProps {
  /** The page's one h1. */
  title: string;
  /** The browser tab's title when it should differ from the heading. */
  documentTitle?: string;
  children: ReactNode;
}

export function Page({ title, documentTitle = title, children }: PageProps) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = t.app.documentTitle(documentTitle);
  }, [t, documentTitle]);

  // After an in-app navigation, focus on the new heading tells screen-reader users that the page changed.
  // A fresh load or a back/forward (POP) leaves focus where the browser puts it, so the skip link comes first.
  const navigationType = useNavigationType();
  useEffect(() => {
    if (navigationType !== 'POP') headingRef.current?.focus();
  }, [navigationType]);

  return (
    <Stack gap="lg">
      <Title order={1} ref={headingRef} tabIndex={-1}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
