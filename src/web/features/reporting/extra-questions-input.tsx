import { Button, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FieldType, fieldTypes } from '../../../contract/reporting/fields';
import type { ExtraQuestion, NewRoundErrors } from './new-round-draft';
import { useReportingMessages } from './use-reporting-messages';

type Questions = ExtraQuestion[];

/** A question as first added: most a plan adds are counts (sessions held, incidents handled). */
const NEW_QUESTION: ExtraQuestion = { label: '', type: 'count' };

interface ExtraQuestionsInputProps {
  questions: Questions;
  errors: NewRoundErrors;
  onChange: (questions: Questions) => void;
  /** Said under the type of a question already on the form, which keeps its type. */
  keptTypeHint?: string;
}

/** Questions of the form's own, asked besides the plan's indicators. */
export function ExtraQuestionsInput({ questions, errors, onChange, keptTypeHint }: ExtraQuestionsInputProps) {
  const reporting = useReportingMessages();
  const labels = reporting.newRound;
  const change = (index: number, changes: Partial<Questions[number]>) =>
    onChange(questions.map((question, at) => (at === index ? { ...question, ...changes } : question)));
  return (
    <Stack gap="sm">
      <Text fw={500} size="sm">
        {labels.extraQuestions}
      </Text>
      {questions.map((question, index) => {
        const problem = errors[`question.${index}`];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: questions have no identity but their place
          <Paper key={index} withBorder p="sm" component="fieldset" m={0}>
            <Text component="legend" size="sm" fw={600} px={4}>
              {labels.extraQuestion(index + 1)}
            </Text>
            <Stack gap="xs">
              <TextInput
                label={labels.questionLabel}
                value={question.label}
                onChange={(event) => change(index, { label: event.currentTarget.value })}
                error={problem ? labels[problem] : undefined}
                required
              />
              <Group gap="sm" align="flex-end" justify="space-between">
                <Select
                  label={labels.questionType}
                  data={fieldTypes.map((type) => ({ value: type, label: reporting.fieldTypes[type] }))}
                  value={question.type}
                  onChange={(type) => type && change(index, { type: type as FieldType })}
                  allowDeselect={false}
                  disabled={question.id !== undefined}
                  description={question.id === undefined ? undefined : keptTypeHint}
                />
                <Button
                  variant="outline"
                  color="red.9"
                  onClick={() => onChange(questions.filter((_, at) => at !== index))}
                >
                  {labels.removeQuestion(index + 1)}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <Button variant="default" w="fit-content" onClick={() => onChange([...questions, NEW_QUESTION])}>
        {labels.addQuestion}
      </Button>
    </Stack>
  );
}
