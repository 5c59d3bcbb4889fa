import { Button, type ButtonProps, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { AppDialog } from '../../components/app-dialog';
import { usePlanMessages } from './use-plan-messages';

interface ConfirmButtonProps extends ButtonProps {
  label: string;
  question: string;
  onConfirm: () => void;
}

/** A button that asks before a step that cannot be undone. */
export function ConfirmButton({ label, question, onConfirm, ...buttonProps }: ConfirmButtonProps) {
  const plans = usePlanMessages();
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button {...buttonProps} onClick={dialog.open}>
        {label}
      </Button>
      <AppDialog opened={opened} onClose={dialog.close} title={label}>
        <Stack gap="md">
          <Text>{question}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={dialog.close}>
              {plans.actions.cancel}
            </Button>
            <Button
              onClick={() => {
                dialog.close();
                onConfirm();
              }}
            >
              {plans.actions.confirm}
            </Button>
          </Group>
        </Stack>
      </AppDialog>
    </>
  );
}
