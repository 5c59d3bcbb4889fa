import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';

interface AppDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/** The frame every dialog of the app shares: a bold title and a close button named for screen readers. */
export function AppDialog({ opened, onClose, title, children }: AppDialogProps) {
  const { t } = useI18n();
  return (
    <Modal.Root opened={opened} onClose={onClose} centered>
      <Modal.Overlay />
      <Modal.Content>
        {/* A <header> here would be a second banner landmark on the page. */}
        <Modal.Header component="div">
          <Modal.Title fw={700}>{title}</Modal.Title>
          <Modal.CloseButton aria-label={t.app.close} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
