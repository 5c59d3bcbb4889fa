import { ActionIcon, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { removeAt, replaceAt } from './list-edit';
import { PartyInput } from './party-input';
import type { DraftTask } from './plan-draft';
import { RepeatedFields } from './repeated-fields';
import { TimingInput } from './timing-input';

const emptyTask: DraftTask = {
  numbering: null,
  content: '',
  lead: null,
  cooperating: [],
  timing: null,
  expectedOutput: null,
};

export function TasksEditor({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const tasks = draft.tasks;
  const update = (index: number, task: DraftTask) => change({ tasks: replaceAt(tasks, index, task) });

  return (
    <RepeatedFields
      items={tasks}
      itemLabel={(index) => labels.task(index + 1)}
      renderItem={(task, index) => {
        const cooperating = [...task.cooperating, { unitId: null, name: '' }];
        return (
          <>
            <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
              <TextInput
                label={labels.taskNumbering}
                description={labels.taskNumberingHint}
                value={task.numbering ?? ''}
                onChange={(event) => update(index, { ...task, numbering: event.currentTarget.value || null })}
                {...fields.of(`tasks.${index}.numbering`)}
              />
              <Textarea
                style={{ gridColumn: 'span 3' }}
                label={labels.taskContent}
                value={task.content}
                onChange={(event) => update(index, { ...task, content: event.currentTarget.value })}
                {...fields.of(`tasks.${index}.content`)}
                autosize
                minRows={2}
              />
            </SimpleGrid>
            <PartyInput
              label={labels.taskLead}
              value={task.lead}
              onChange={(lead) => update(index, { ...task, lead })}
              {...fields.of(`tasks.${index}.lead`)}
              withHint
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {labels.taskCooperating}
              </Text>
              {/* One empty field at the end takes the next unit; an emptied one is dropped when saved. */}
              {cooperating.map((party, at) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cooperating units are identified by their order
                <Group key={at} gap="xs" align="flex-end" wrap="nowrap">
                  <Stack flex={1}>
                    <PartyInput
                      label={labels.cooperatingUnit(at + 1)}
                      value={party}
                      onChange={(next) =>
                        update(index, { ...task, cooperating: replaceAt(cooperating, at, next) })
                      }
                      {...fields.of(`tasks.${index}.cooperating.${at}`)}
                    />
                  </Stack>
                  {at < task.cooperating.length && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      c="red.9"
                      size="lg"
                      aria-label={labels.remove(labels.cooperatingUnit(at + 1))}
                      onClick={() => update(index, { ...task, cooperating: removeAt(task.cooperating, at) })}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
              ))}
            </Stack>
            <TimingInput
              label={labels.taskTiming}
              value={task.timing}
              onChange={(timing) => update(index, { ...task, timing })}
            />
          </>
        );
      }}
      onRemove={(index) => change({ tasks: removeAt(tasks, index) })}
      onAdd={() => change({ tasks: [...tasks, emptyTask] })}
      addLabel={labels.addTask}
    />
  );
}
