import { Button, Select, Stack, Textarea } from '@mantine/core';
import { usePlanMessages } from '../use-plan-messages';
import type { EditorPartProps } from './editor-props';
import { IndicatorEditor } from './indicator-editor';
import { removeAt, replaceAt } from './list-edit';
import { RepeatedFields } from './repeated-fields';

export function ObjectivesEditor({ draft, change, fields }: EditorPartProps) {
  const plans = usePlanMessages();
  const labels = plans.editor;
  const objectives = draft.objectives;
  type Objective = (typeof objectives)[number];
  const years = Array.from(
    { length: Math.max(0, draft.periodEndYear - draft.periodStartYear + 1) },
    (_, index) => draft.periodStartYear + index,
  );
  const update = (index: number, objective: Objective) =>
    change({ objectives: replaceAt(objectives, index, objective) });

  return (
    <RepeatedFields
      items={objectives}
      itemLabel={(index) => labels.objective(index + 1)}
      renderItem={(objective, index) => (
        <>
          <Select
            label={labels.objectiveKind}
            data={[
              { value: 'general', label: plans.page.generalObjective },
              { value: 'specific', label: plans.page.specificObjectives },
            ]}
            value={objective.kind}
            onChange={(kind) =>
              update(index, { ...objective, kind: kind === 'general' ? 'general' : 'specific' })
            }
            allowDeselect={false}
            maw={320}
          />
          <Textarea
            label={labels.objectiveText(index + 1)}
            value={objective.text}
            onChange={(event) => update(index, { ...objective, text: event.currentTarget.value })}
            {...fields.of(`objectives.${index}.text`)}
            autosize
            minRows={2}
          />
          <Stack gap="md" pl={{ base: 0, sm: 'md' }}>
            {objective.indicators.map((indicator, i) => {
              const label = labels.indicator(index + 1, i + 1);
              return (
                <IndicatorEditor
                  key={label}
                  label={label}
                  indicator={indicator}
                  years={years}
                  path={`objectives.${index}.indicators.${i}`}
                  fields={fields}
                  onChange={(next) =>
                    update(index, { ...objective, indicators: replaceAt(objective.indicators, i, next) })
                  }
                >
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    w="fit-content"
                    onClick={() =>
                      update(index, { ...objective, indicators: removeAt(objective.indicators, i) })
                    }
                  >
                    {labels.remove(label)}
                  </Button>
                </IndicatorEditor>
              );
            })}
            <Button
              variant="default"
              size="compact-md"
              w="fit-content"
              onClick={() =>
                update(index, {
                  ...objective,
                  indicators: [
                    ...objective.indicators,
                    { name: '', measure: 'percent_of_units', computation: null, targets: [] },
                  ],
                })
              }
            >
              {labels.addIndicator}
            </Button>
          </Stack>
        </>
      )}
      onRemove={(index) => change({ objectives: removeAt(objectives, index) })}
      onAdd={() => change({ objectives: [...objectives, { kind: 'specific', text: '', indicators: [] }] })}
      addLabel={labels.addObjective}
    />
  );
}
