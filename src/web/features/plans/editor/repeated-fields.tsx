import { Button, Fieldset, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePlanMessages } from '../use-plan-messages';

interface RepeatedFieldsProps<T> {
  items: readonly T[];
  /** The legend of one item, e.g. "Nhiệm vụ 2". */
  itemLabel: (index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  onRemove: (index: number) => void;
  onAdd: () => void;
  addLabel: string;
}

/** A list of fieldsets the person can add to and remove from (bases, objectives, tasks, recipients…). */
export function RepeatedFields<T>({
  items,
  itemLabel,
  renderItem,
  onRemove,
  onAdd,
  addLabel,
}: RepeatedFieldsProps<T>) {
  const plans = usePlanMessages();
  return (
    <Stack gap="sm">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a plan have no id; their order identifies them
        <Fieldset key={index} legend={itemLabel(index)} p={{ base: 'sm', sm: 'md' }}>
          <Stack gap="sm">
            {renderItem(item, index)}
            <Group justify="flex-end">
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                size="compact-sm"
                onClick={() => onRemove(index)}
              >
                {plans.editor.remove(itemLabel(index))}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Button variant="light" w="fit-content" onClick={onAdd}>
        {addLabel}
      </Button>
    </Stack>
  );
}
