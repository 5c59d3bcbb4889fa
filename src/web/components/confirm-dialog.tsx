import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-provider';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** What will happen, in words a non-technical person understands. */
  children: ReactNode;
  confirmLabel: string;
  /** Red for actions that take something away (disable, revoke). */
  danger?: boolean;
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an action that is hard to undo or affects someone else. */
export function ConfirmDialog({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  loading = false,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
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
        <Modal.Body>
          <Stack gap="md">
            {typeof children === 'string' ? <Text>{children}</Text> : children}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t.app.cancel}
              </Button>
              <Button color={danger ? 'red.9' : undefined} onClick={onConfirm} loading={loading}>
                {confirmLabel}
              </Button>
            </Group>
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
